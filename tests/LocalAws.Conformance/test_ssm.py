"""SSM through boto3: managed nodes, Session Manager sessions, and Run Command, associations and Automation."""
import unittest

from botocore.exceptions import ClientError

import localaws


class SsmTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.ssm = localaws.assume(localaws.org_access_role(localaws.PROD), "operator")("ssm")

    def test_describe_instance_information(self):
        nodes = self.ssm.get_paginator("describe_instance_information").paginate(
            PaginationConfig={"PageSize": 5}).build_full_result()["InstanceInformationList"]
        self.assertEqual([n["InstanceId"] for n in nodes], ["i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002"])
        self.assertEqual([n["PlatformType"] for n in nodes], ["Linux", "Windows"])
        windows = self.ssm.describe_instance_information(Filters=[{"Key": "PlatformTypes", "Values": ["Windows"]}])
        self.assertEqual([n["InstanceId"] for n in windows["InstanceInformationList"]], ["i-0a1b2c3d4e5f60002"])
        with self.assertRaises(ClientError) as caught:
            self.ssm.describe_instance_information(Filters=[{"Key": "Colour", "Values": ["x"]}])
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidFilterKey")

    def test_sessions(self):
        started = self.ssm.start_session(Target="i-0a1b2c3d4e5f60001", Reason="patching")
        self.assertTrue(started["SessionId"].startswith("operator-"))
        self.assertTrue(started["StreamUrl"].startswith("wss://"))
        self.ssm.start_session(Target="i-0a1b2c3d4e5f60002", DocumentName="AWS-StartPortForwardingSession")
        active = self.ssm.get_paginator("describe_sessions").paginate(
            State="Active", PaginationConfig={"PageSize": 1}).build_full_result()["Sessions"]
        self.assertEqual(len(active), 2)
        self.assertEqual(self.ssm.terminate_session(SessionId=started["SessionId"])["SessionId"], started["SessionId"])
        history = self.ssm.describe_sessions(State="History")["Sessions"]
        self.assertEqual([(s["SessionId"], s["Status"]) for s in history], [(started["SessionId"], "Terminated")])
        self.assertIn("EndDate", history[0])

    def test_resume_session(self):
        started = self.ssm.start_session(Target="i-0a1b2c3d4e5f60001")
        resumed = self.ssm.resume_session(SessionId=started["SessionId"])
        self.assertEqual(resumed["SessionId"], started["SessionId"])
        self.assertNotEqual(resumed["TokenValue"], started["TokenValue"])
        self.assertTrue(resumed["StreamUrl"].startswith("wss://ssmmessages."))
        self.ssm.terminate_session(SessionId=started["SessionId"])
        with self.assertRaises(ClientError) as caught:
            self.ssm.resume_session(SessionId=started["SessionId"])
        self.assertEqual(caught.exception.response["Error"]["Code"], "DoesNotExistException")

    def test_start_session_errors(self):
        with self.assertRaises(ClientError) as caught:
            self.ssm.start_session(Target="i-0a1b2c3d4e5f60003")
        self.assertEqual(caught.exception.response["Error"]["Code"], "TargetNotConnected")
        with self.assertRaises(ClientError) as caught:
            self.ssm.start_session(Target="i-0a1b2c3d4e5f60001", DocumentName="Custom-Missing")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidDocument")

    def test_send_command(self):
        command = self.ssm.send_command(DocumentName="AWS-RunShellScript", InstanceIds=["i-0a1b2c3d4e5f60001"],
                                        Parameters={"commands": ["uptime"]}, Comment="check")["Command"]
        self.assertEqual((command["DocumentName"], command["Status"], command["TargetCount"], command["Comment"]),
                         ("AWS-RunShellScript", "Pending", 1, "check"))
        self.assertEqual(command["Parameters"], {"commands": ["uptime"]})
        self.assertLess(command["RequestedDateTime"], command["ExpiresAfter"])
        with self.assertRaises(ClientError) as caught:
            self.ssm.send_command(DocumentName="Custom-Missing", InstanceIds=["i-0a1b2c3d4e5f60001"])
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidDocument")
        with self.assertRaises(ClientError) as caught:
            self.ssm.send_command(DocumentName="AWS-RunShellScript", InstanceIds=["i-0000000000000dead"])
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidInstanceId")

    def test_create_association(self):
        description = self.ssm.create_association(Name="AWS-RunPatchBaseline", InstanceId="i-0a1b2c3d4e5f60001",
                                                  ScheduleExpression="rate(1 day)")["AssociationDescription"]
        self.assertEqual((description["Name"], description["InstanceId"], description["Overview"]["Status"]),
                         ("AWS-RunPatchBaseline", "i-0a1b2c3d4e5f60001", "Pending"))
        self.assertRegex(description["AssociationId"], "^[0-9a-f-]{36}$")
        with self.assertRaises(ClientError) as caught:
            self.ssm.create_association(Name="AWS-RunPatchBaseline", InstanceId="i-0a1b2c3d4e5f60001")
        self.assertEqual(caught.exception.response["Error"]["Code"], "AssociationAlreadyExists")

    def test_start_automation_execution(self):
        started = self.ssm.start_automation_execution(DocumentName="AWSSupport-ResetAccess",
                                                      Parameters={"InstanceId": ["i-0a1b2c3d4e5f60002"]})
        self.assertRegex(started["AutomationExecutionId"], "^[0-9a-f-]{36}$")
        with self.assertRaises(ClientError) as caught:
            self.ssm.start_automation_execution(DocumentName="Custom-Missing")
        self.assertEqual(caught.exception.response["Error"]["Code"], "AutomationDefinitionNotFoundException")


if __name__ == "__main__":
    unittest.main()
