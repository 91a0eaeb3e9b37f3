"""The IAM Identity Center portal through boto3: GetRoleCredentials with a sign-in's access token."""
import unittest

import boto3
from botocore.exceptions import ClientError

import localaws


class SsoTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.sso = boto3.client("sso", endpoint_url=localaws.ENDPOINT, region_name=localaws.REGION)

    def test_get_role_credentials_reaches_the_role_as_the_signed_in_user(self):
        token = localaws.admin("POST", "sso/tokens", {"userName": "alice@example.com"})["accessToken"]
        answer = self.sso.get_role_credentials(roleName="OrganizationAccountAccessRole", accountId=localaws.PROD, accessToken=token)
        credentials = answer["roleCredentials"]
        self.assertTrue(credentials["accessKeyId"].startswith("ASIA"))
        self.assertIsInstance(credentials["expiration"], int)
        sts = localaws.client("sts", (credentials["accessKeyId"], credentials["secretAccessKey"]), credentials["sessionToken"])
        self.assertEqual(sts.get_caller_identity()["Arn"],
                         "arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/alice@example.com")
        entry = localaws.admin("GET", "requests")["entries"][0]
        self.assertEqual((entry["service"], entry["operation"], entry["status"]), ("sso", "GetRoleCredentials", 200))

    def test_errors(self):
        with self.assertRaises(ClientError) as caught:
            self.sso.get_role_credentials(roleName="OrganizationAccountAccessRole", accountId=localaws.PROD, accessToken="unknown")
        self.assertEqual(caught.exception.response["Error"]["Code"], "UnauthorizedException")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 401)
        token = localaws.admin("POST", "sso/tokens", {"userName": "bob", "expiresInSeconds": 60})["accessToken"]
        with self.assertRaises(ClientError) as caught:
            self.sso.get_role_credentials(roleName="Missing", accountId=localaws.PROD, accessToken=token)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ForbiddenException")
        localaws.admin("POST", "clock", {"advanceSeconds": 61})
        with self.assertRaises(ClientError) as caught:
            self.sso.get_role_credentials(roleName="OrganizationAccountAccessRole", accountId=localaws.PROD, accessToken=token)
        self.assertEqual(caught.exception.response["Error"]["Code"], "UnauthorizedException")


if __name__ == "__main__":
    unittest.main()
