"""STS through boto3: GetCallerIdentity and AssumeRole with its rules."""
import datetime
import json
import unittest

from botocore.exceptions import ClientError

import localaws


class StsTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.sts = localaws.client("sts")

    def test_get_caller_identity(self):
        identity = self.sts.get_caller_identity()
        self.assertEqual((identity["Account"], identity["Arn"]), ("111111111111", "arn:aws:iam::111111111111:user/admin"))

    def create_prod_role(self, name, trusted_account, actions):
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions,
                                                          "Principal": {"AWS": f"arn:aws:iam::{trusted_account}:root"}}]}
        iam = localaws.assume(localaws.org_access_role(localaws.PROD), "setup")("iam")
        return iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]

    def test_assume_role(self):
        role = self.create_prod_role("Tagged", "111111111111", ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"])
        answer = self.sts.assume_role(RoleArn=role, RoleSessionName="alice",
                                      DurationSeconds=900, SourceIdentity="alice", Tags=[{"Key": "ticket", "Value": "T-1"}])
        self.assertEqual(answer["AssumedRoleUser"]["Arn"],
                         "arn:aws:sts::222222222222:assumed-role/Tagged/alice")
        self.assertEqual(answer["SourceIdentity"], "alice")
        credentials = answer["Credentials"]
        self.assertTrue(credentials["AccessKeyId"].startswith("ASIA"))
        lifetime = credentials["Expiration"] - datetime.datetime.now(datetime.timezone.utc)
        self.assertLess(abs(lifetime.total_seconds() - 900), 60)
        session = localaws.client("sts", (credentials["AccessKeyId"], credentials["SecretAccessKey"]), credentials["SessionToken"])
        self.assertEqual(session.get_caller_identity()["Account"], localaws.PROD)

    def test_assume_role_errors(self):
        role = localaws.org_access_role(localaws.PROD)
        with self.assertRaises(ClientError) as caught:
            self.sts.assume_role(RoleArn=role, RoleSessionName="alice", DurationSeconds=7200)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ValidationError")
        with self.assertRaises(ClientError) as caught:
            self.sts.assume_role(RoleArn="arn:aws:iam::222222222222:role/Missing", RoleSessionName="alice")
        self.assertEqual(caught.exception.response["Error"]["Code"], "AccessDenied")
        untagged = localaws.org_access_role(localaws.PROD)
        with self.assertRaises(ClientError) as caught:
            self.sts.assume_role(RoleArn=untagged, RoleSessionName="alice", Tags=[{"Key": "k", "Value": "v"}])
        self.assertIn("sts:TagSession", caught.exception.response["Error"]["Message"])
        inner = self.create_prod_role("Inner", localaws.PROD, "sts:AssumeRole")
        chained = localaws.assume(role)("sts")
        with self.assertRaises(ClientError) as caught:
            chained.assume_role(RoleArn=inner, RoleSessionName="again", DurationSeconds=3601)
        self.assertIn("role chaining", caught.exception.response["Error"]["Message"])

    def test_expired_credentials(self):
        session = localaws.assume(localaws.org_access_role(localaws.PROD))("sts", retries=False)
        localaws.admin("POST", "clock", {"advanceSeconds": 3600})
        with self.assertRaises(ClientError) as caught:
            session.get_caller_identity()
        self.assertEqual(caught.exception.response["Error"]["Code"], "ExpiredToken")

    def test_bad_credentials(self):
        unknown = localaws.client("sts", ("AKIAUNKNOWNUNKNOWN00", "x"), retries=False)
        with self.assertRaises(ClientError) as caught:
            unknown.get_caller_identity()
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidClientTokenId")
        wrong = localaws.client("sts", (localaws.ADMIN_KEY[0], "wrong-secret"), retries=False)
        with self.assertRaises(ClientError) as caught:
            wrong.get_caller_identity()
        self.assertEqual(caught.exception.response["Error"]["Code"], "SignatureDoesNotMatch")


if __name__ == "__main__":
    unittest.main()
