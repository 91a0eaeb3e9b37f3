"""The seed story through boto3: the guardrail SCP denies StartSession to everyone but the OSAccess role."""
import json
import unittest

from botocore.exceptions import ClientError

import localaws

GUARDRAIL = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Sid": "Statement1", "Effect": "Deny", "Action": "ssm:StartSession", "Resource": "*",
    "Condition": {"ArnNotLike": {"aws:PrincipalARN": "arn:aws:iam::*:role/OSAccess"}}}]})
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "sts:AssumeRole"}]})
OS_ACCESS_POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Sid": "SsmStartSession", "Effect": "Allow", "Action": "ssm:StartSession",
    "Resource": ["arn:aws:ec2:*:*:instance/*", "arn:aws:ssm:*:*:document/SSM-SessionManagerRunShell"]}]})
GRANT = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::222222222222:role/OSAccess",
    "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2030-04-01T00:00:00Z"},
                  "DateLessThan": {"aws:CurrentTime": "2030-06-30T23:59:59Z"}}}]})


class EnforcementTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        localaws.admin("POST", "clock", {"set": "2030-05-01T00:00:00Z"})
        org = localaws.client("organizations")
        policy_id = org.create_policy(Name="DenyStartSession", Description="guardrail", Type="SERVICE_CONTROL_POLICY",
                                      Content=GUARDRAIL)["Policy"]["PolicySummary"]["Id"]
        org.attach_policy(PolicyId=policy_id, TargetId=localaws.PROD)
        self.prod_admin = localaws.assume(localaws.org_access_role(localaws.PROD), "admin")
        iam = self.prod_admin("iam")
        iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=TRUST)
        iam.attach_role_policy(RoleName="OSAccess", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
        iam.put_role_policy(RoleName="OSAccess", PolicyName="OSAccessPolicy", PolicyDocument=OS_ACCESS_POLICY)

    def test_admin_role_is_denied_by_the_scp(self):
        with self.assertRaises(ClientError) as caught:
            self.prod_admin("ssm").start_session(Target="i-0a1b2c3d4e5f60001")
        self.assertEqual(caught.exception.response["Error"]["Code"], "AccessDeniedException")
        self.assertIn("service control policy", caught.exception.response["Error"]["Message"])

    def test_os_access_role_is_allowed(self):
        ssm = localaws.assume("arn:aws:iam::222222222222:role/OSAccess", "admin")("ssm")
        self.assertTrue(ssm.start_session(Target="i-0a1b2c3d4e5f60001")["SessionId"].startswith("admin-"))

    def test_grant_window(self):
        localaws.client("iam").put_user_policy(UserName="alice", PolicyName="OSAccessGrant", PolicyDocument=GRANT)
        sts = localaws.client("sts", localaws.ALICE_KEY)
        self.assertTrue(sts.assume_role(RoleArn="arn:aws:iam::222222222222:role/OSAccess", RoleSessionName="alice")["Credentials"])
        localaws.admin("POST", "clock", {"set": "2030-07-01T00:00:00Z"})
        with self.assertRaises(ClientError) as caught:
            sts.assume_role(RoleArn="arn:aws:iam::222222222222:role/OSAccess", RoleSessionName="alice")
        self.assertEqual(caught.exception.response["Error"]["Code"], "AccessDenied")

    def test_group_policy_counts_for_its_users(self):
        sts = localaws.client("sts", localaws.ALICE_KEY)
        role = "arn:aws:iam::222222222222:role/OSAccess"
        with self.assertRaises(ClientError):
            sts.assume_role(RoleArn=role, RoleSessionName="alice")
        iam = localaws.client("iam")
        iam.create_group(GroupName="operators")
        iam.put_group_policy(GroupName="operators", PolicyName="AssumeOSAccess", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role}]}))
        with self.assertRaises(ClientError):
            sts.assume_role(RoleArn=role, RoleSessionName="alice")
        iam.add_user_to_group(GroupName="operators", UserName="alice")
        self.assertTrue(sts.assume_role(RoleArn=role, RoleSessionName="alice")["Credentials"])

    def test_group_attached_policy_counts_for_its_users(self):
        iam = localaws.client("iam")
        iam.create_group(GroupName="admins")
        iam.attach_group_policy(GroupName="admins", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
        iam.add_user_to_group(GroupName="admins", UserName="alice")
        sts = localaws.client("sts", localaws.ALICE_KEY)
        self.assertTrue(sts.assume_role(RoleArn="arn:aws:iam::222222222222:role/OSAccess", RoleSessionName="alice")["Credentials"])


if __name__ == "__main__":
    unittest.main()
