"""EC2 (its Query protocol) and EC2 Instance Connect through boto3, as far as OS access goes."""
import unittest

from botocore.exceptions import ClientError

import localaws

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEK conformance"


class Ec2Tests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        prod = localaws.assume(localaws.org_access_role(localaws.PROD), "operator")
        self.ec2 = prod("ec2", retries=False)
        self.connect = prod("ec2-instance-connect")

    def test_get_password_data(self):
        windows = self.ec2.get_password_data(InstanceId="i-0a1b2c3d4e5f60002")
        self.assertEqual(windows["InstanceId"], "i-0a1b2c3d4e5f60002")
        self.assertTrue(windows["PasswordData"])
        self.assertIn("Timestamp", windows)
        self.assertEqual(self.ec2.get_password_data(InstanceId="i-0a1b2c3d4e5f60001")["PasswordData"], "")

    def test_errors_come_in_ec2s_shape(self):
        with self.assertRaises(ClientError) as caught:
            self.ec2.get_password_data(InstanceId="i-0000000000000dead")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidInstanceID.NotFound")
        self.assertTrue(caught.exception.response["ResponseMetadata"]["RequestId"])
        with self.assertRaises(ClientError) as caught:
            self.ec2.get_password_data(InstanceId="i-0a1b2c3d4e5f60002", DryRun=True)
        self.assertEqual(caught.exception.response["Error"]["Code"], "DryRunOperation")

    def test_serial_console_switch(self):
        self.assertFalse(self.ec2.get_serial_console_access_status()["SerialConsoleAccessEnabled"])
        self.assertTrue(self.ec2.enable_serial_console_access()["SerialConsoleAccessEnabled"])
        self.assertTrue(self.ec2.get_serial_console_access_status()["SerialConsoleAccessEnabled"])
        self.assertFalse(self.ec2.disable_serial_console_access()["SerialConsoleAccessEnabled"])

    def test_send_ssh_public_key(self):
        sent = self.connect.send_ssh_public_key(InstanceId="i-0a1b2c3d4e5f60001", InstanceOSUser="ec2-user", SSHPublicKey=KEY)
        self.assertTrue(sent["Success"])
        self.assertTrue(sent["RequestId"])
        with self.assertRaises(ClientError) as caught:
            self.connect.send_ssh_public_key(InstanceId="i-0000000000000dead", InstanceOSUser="ec2-user", SSHPublicKey=KEY)
        self.assertEqual(caught.exception.response["Error"]["Code"], "EC2InstanceNotFoundException")
        with self.assertRaises(ClientError) as caught:
            self.connect.send_ssh_public_key(InstanceId="i-0a1b2c3d4e5f60001", InstanceOSUser="ec2-user", SSHPublicKey="x" * 300)
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidArgsException")

    def test_send_serial_console_ssh_public_key(self):
        with self.assertRaises(ClientError) as caught:
            self.connect.send_serial_console_ssh_public_key(InstanceId="i-0a1b2c3d4e5f60001", SSHPublicKey=KEY)
        self.assertEqual(caught.exception.response["Error"]["Code"], "SerialConsoleAccessDisabledException")
        self.ec2.enable_serial_console_access()
        self.assertTrue(self.connect.send_serial_console_ssh_public_key(InstanceId="i-0a1b2c3d4e5f60001", SSHPublicKey=KEY)["Success"])


if __name__ == "__main__":
    unittest.main()
