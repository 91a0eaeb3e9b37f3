"""IAM through boto3: every operation LocalAws serves, its errors and its pagination."""
import json
import unittest
import urllib.parse

from botocore.exceptions import ClientError

import localaws

ALLOW = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ssm:StartSession", "Resource": "*"}]}
TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"},
                                                  "Action": "sts:AssumeRole"}]}


class IamTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.iam = localaws.client("iam")

    def error(self, call, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(**kwargs)
        return caught.exception.response["Error"]["Code"]

    def test_users(self):
        self.assertEqual(self.iam.get_user()["User"]["UserName"], "admin")
        created = self.iam.create_user(UserName="bob", Path="/ops/", Tags=[{"Key": "team", "Value": "sre"}])["User"]
        self.assertEqual(created["Arn"], "arn:aws:iam::111111111111:user/ops/bob")
        self.assertEqual(self.iam.get_user(UserName="bob")["User"]["UserId"], created["UserId"])
        self.assertEqual(self.error(self.iam.create_user, UserName="bob"), "EntityAlreadyExists")
        self.assertEqual(self.error(self.iam.get_user, UserName="nobody"), "NoSuchEntity")
        self.iam.tag_user(UserName="bob", Tags=[{"Key": "cost", "Value": "1"}])
        self.iam.untag_user(UserName="bob", TagKeys=["team"])
        self.assertEqual([t["Key"] for t in self.iam.list_user_tags(UserName="bob")["Tags"]], ["cost"])
        key = self.iam.create_access_key(UserName="bob")["AccessKey"]
        bob = localaws.client("sts", (key["AccessKeyId"], key["SecretAccessKey"]))
        self.assertTrue(bob.get_caller_identity()["Arn"].endswith(":user/ops/bob"))

    def test_user_lifecycle_and_boundaries(self):
        self.iam.create_user(UserName="carol")
        key = self.iam.create_access_key(UserName="carol")["AccessKey"]
        keys = self.iam.list_access_keys(UserName="carol")["AccessKeyMetadata"]
        self.assertEqual([(k["AccessKeyId"], k["Status"]) for k in keys], [(key["AccessKeyId"], "Active")])
        self.iam.update_access_key(UserName="carol", AccessKeyId=key["AccessKeyId"], Status="Inactive")
        self.assertEqual(self.error(self.iam.delete_user, UserName="carol"), "DeleteConflict")
        self.iam.delete_access_key(UserName="carol", AccessKeyId=key["AccessKeyId"])
        self.iam.put_user_permissions_boundary(UserName="carol", PermissionsBoundary="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
        self.assertEqual(self.iam.get_user(UserName="carol")["User"]["PermissionsBoundary"]["PermissionsBoundaryArn"],
                         "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
        self.iam.delete_user_permissions_boundary(UserName="carol")
        self.iam.delete_user(UserName="carol")
        self.assertEqual(self.error(self.iam.get_user, UserName="carol"), "NoSuchEntity")
        self.iam.create_role(RoleName="Bounded", AssumeRolePolicyDocument=json.dumps(TRUST))
        self.iam.put_role_permissions_boundary(RoleName="Bounded", PermissionsBoundary="arn:aws:iam::aws:policy/ReadOnlyAccess")
        self.assertEqual(self.iam.get_role(RoleName="Bounded")["Role"]["PermissionsBoundary"]["PermissionsBoundaryType"], "Policy")
        self.iam.delete_role_permissions_boundary(RoleName="Bounded")
        self.assertNotIn("PermissionsBoundary", self.iam.get_role(RoleName="Bounded")["Role"])

    def test_list_users_paginates(self):
        for i in range(7):
            self.iam.create_user(UserName=f"user{i}")
        pages = list(self.iam.get_paginator("list_users").paginate(PaginationConfig={"PageSize": 3}))
        self.assertEqual(len(pages), 3)
        names = [u["UserName"] for p in pages for u in p["Users"]]
        self.assertEqual(len(names), 9)
        self.assertEqual(len(set(names)), 9)

    def test_roles(self):
        role = self.iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=json.dumps(TRUST), MaxSessionDuration=7200,
                                    Tags=[{"Key": "purpose", "Value": "os"}])["Role"]
        self.assertEqual(role["Arn"], "arn:aws:iam::111111111111:role/OSAccess")
        got = self.iam.get_role(RoleName="OSAccess")["Role"]
        self.assertEqual(got["AssumeRolePolicyDocument"], TRUST)
        self.assertEqual(got["MaxSessionDuration"], 7200)
        self.iam.update_role(RoleName="OSAccess", Description="os access", MaxSessionDuration=3600)
        other = dict(TRUST, Statement=[dict(TRUST["Statement"][0], Principal={"AWS": "arn:aws:iam::222222222222:root"})])
        self.iam.update_assume_role_policy(RoleName="OSAccess", PolicyDocument=json.dumps(other))
        got = self.iam.get_role(RoleName="OSAccess")["Role"]
        self.assertEqual((got["Description"], got["AssumeRolePolicyDocument"]), ("os access", other))
        self.iam.tag_role(RoleName="OSAccess", Tags=[{"Key": "owner", "Value": "sec"}])
        self.assertEqual(sorted(t["Key"] for t in self.iam.list_role_tags(RoleName="OSAccess")["Tags"]), ["owner", "purpose"])
        self.assertEqual(self.error(self.iam.create_role, RoleName="Bad", AssumeRolePolicyDocument=json.dumps(ALLOW)),
                         "MalformedPolicyDocument")
        self.iam.delete_role(RoleName="OSAccess")
        self.assertEqual(self.error(self.iam.get_role, RoleName="OSAccess"), "NoSuchEntity")

    def test_role_listing_and_untagging(self):
        self.iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=json.dumps(TRUST), Path="/osaccess/",
                             Tags=[{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}])
        roles = self.iam.get_paginator("list_roles").paginate(PathPrefix="/osaccess/").build_full_result()["Roles"]
        self.assertEqual([r["RoleName"] for r in roles], ["OSAccess"])
        self.iam.untag_role(RoleName="OSAccess", TagKeys=["a"])
        self.assertEqual([t["Key"] for t in self.iam.list_role_tags(RoleName="OSAccess")["Tags"]], ["b"])
        arn = self.iam.create_policy(PolicyName="p", PolicyDocument=json.dumps(ALLOW), Tags=[{"Key": "k", "Value": "v"}])["Policy"]["Arn"]
        self.assertEqual(self.iam.list_policy_tags(PolicyArn=arn)["Tags"], [{"Key": "k", "Value": "v"}])
        self.iam.untag_policy(PolicyArn=arn, TagKeys=["k"])
        self.assertEqual(self.iam.list_policy_tags(PolicyArn=arn)["Tags"], [])

    def test_tag_characters_iam_refuses(self):
        self.iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=json.dumps(TRUST))
        pattern = "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]"
        for tags, at in (([{"Key": "reason", "Value": "patching, db01"}], "tags.1.member.value"),
                         ([{"Key": "ok", "Value": "v"}, {"Key": "ticket", "Value": "#42"}], "tags.2.member.value"),
                         ([{"Key": "why?", "Value": "v"}], "tags.1.member.key")):
            with self.assertRaises(ClientError) as caught:
                self.iam.tag_role(RoleName="OSAccess", Tags=tags)
            error = caught.exception.response["Error"]
            self.assertEqual(error["Code"], "ValidationError")
            self.assertIn("at '%s' failed to satisfy constraint: %s" % (at, pattern), error["Message"])
        self.assertEqual(self.iam.list_role_tags(RoleName="OSAccess")["Tags"], [])
        allowed = "arn:aws:iam::111122223333:role/OSAccess 2026-12-01T09:00:00Z a=2C b_c.d+e-f@g 承認"
        self.iam.tag_role(RoleName="OSAccess", Tags=[{"Key": "osaccess:note", "Value": allowed}])
        self.assertEqual(self.iam.list_role_tags(RoleName="OSAccess")["Tags"], [{"Key": "osaccess:note", "Value": allowed}])

    def test_role_policies(self):
        self.iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=json.dumps(TRUST))
        self.iam.put_role_policy(RoleName="OSAccess", PolicyName="OSAccessPolicy", PolicyDocument=json.dumps(ALLOW))
        self.assertEqual(self.iam.get_role_policy(RoleName="OSAccess", PolicyName="OSAccessPolicy")["PolicyDocument"], ALLOW)
        self.assertEqual(self.iam.list_role_policies(RoleName="OSAccess")["PolicyNames"], ["OSAccessPolicy"])
        self.iam.attach_role_policy(RoleName="OSAccess", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
        attached = self.iam.list_attached_role_policies(RoleName="OSAccess")["AttachedPolicies"]
        self.assertEqual([p["PolicyName"] for p in attached], ["ReadOnlyAccess"])
        self.assertEqual(self.error(self.iam.delete_role, RoleName="OSAccess"), "DeleteConflict")
        self.iam.detach_role_policy(RoleName="OSAccess", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
        self.iam.delete_role_policy(RoleName="OSAccess", PolicyName="OSAccessPolicy")
        self.assertEqual(self.error(self.iam.get_role_policy, RoleName="OSAccess", PolicyName="OSAccessPolicy"), "NoSuchEntity")
        self.iam.delete_role(RoleName="OSAccess")

    def test_user_policies_and_quota(self):
        self.iam.put_user_policy(UserName="alice", PolicyName="grant", PolicyDocument=json.dumps(ALLOW))
        self.assertEqual(self.iam.get_user_policy(UserName="alice", PolicyName="grant")["PolicyDocument"], ALLOW)
        self.assertEqual(self.iam.list_user_policies(UserName="alice")["PolicyNames"], ["grant"])
        self.iam.delete_user_policy(UserName="alice", PolicyName="grant")
        big = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*",
                                                        "Action": [f"s3:Get{i:04d}" for i in range(200)]}]}
        self.assertEqual(self.error(self.iam.put_user_policy, UserName="alice", PolicyName="big", PolicyDocument=json.dumps(big)),
                         "LimitExceeded")
        self.iam.attach_user_policy(UserName="alice", PolicyArn="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
        names = [p["PolicyName"] for p in self.iam.list_attached_user_policies(UserName="alice")["AttachedPolicies"]]
        self.assertEqual(names, ["ReadOnlyAccess", "ViewOnlyAccess"])
        self.iam.detach_user_policy(UserName="alice", PolicyArn="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
        self.assertEqual(self.error(self.iam.detach_user_policy, UserName="alice", PolicyArn="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"),
                         "NoSuchEntity")

    def test_managed_policies_and_versions(self):
        policy = self.iam.create_policy(PolicyName="OSAccessPolicy", PolicyDocument=json.dumps(ALLOW), Description="d")["Policy"]
        arn = policy["Arn"]
        self.assertEqual(self.iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"], "v1")
        self.iam.tag_policy(PolicyArn=arn, Tags=[{"Key": "osaccess", "Value": "grant"}])
        for _ in range(4):
            self.iam.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(ALLOW), SetAsDefault=True)
        self.assertEqual(self.error(self.iam.create_policy_version, PolicyArn=arn, PolicyDocument=json.dumps(ALLOW)), "LimitExceeded")
        versions = self.iam.list_policy_versions(PolicyArn=arn)["Versions"]
        self.assertEqual([v["VersionId"] for v in versions], ["v5", "v4", "v3", "v2", "v1"])
        self.assertEqual(self.iam.get_policy_version(PolicyArn=arn, VersionId="v1")["PolicyVersion"]["Document"], ALLOW)
        self.assertEqual(self.error(self.iam.delete_policy_version, PolicyArn=arn, VersionId="v5"), "DeleteConflict")
        for v in ("v1", "v2", "v3", "v4"):
            self.iam.delete_policy_version(PolicyArn=arn, VersionId=v)
        local = self.iam.list_policies(Scope="Local")["Policies"]
        self.assertEqual([p["PolicyName"] for p in local], ["OSAccessPolicy"])
        aws = [p["PolicyName"] for p in self.iam.get_paginator("list_policies").paginate(Scope="AWS", PaginationConfig={"PageSize": 1})
               .build_full_result()["Policies"]]
        self.assertEqual(aws, ["AdministratorAccess", "ReadOnlyAccess", "ViewOnlyAccess"])
        self.iam.delete_policy(PolicyArn=arn)
        self.assertEqual(self.error(self.iam.get_policy, PolicyArn=arn), "NoSuchEntity")

    def test_malformed_policy(self):
        code = self.error(self.iam.put_user_policy, UserName="alice", PolicyName="bad", PolicyDocument='{"Statement": [}')
        self.assertEqual(code, "MalformedPolicyDocument")

    def test_account_authorization_details(self):
        self.iam.create_role(RoleName="OSAccess", AssumeRolePolicyDocument=json.dumps(TRUST))
        self.iam.put_role_policy(RoleName="OSAccess", PolicyName="OSAccessPolicy", PolicyDocument=json.dumps(ALLOW))
        result = self.iam.get_paginator("get_account_authorization_details").paginate(
            PaginationConfig={"PageSize": 1}).build_full_result()
        self.assertEqual([u["UserName"] for u in result["UserDetailList"]], ["admin", "alice"])
        role = result["RoleDetailList"][0]
        self.assertEqual(role["RoleName"], "OSAccess")
        self.assertEqual(role["AssumeRolePolicyDocument"], TRUST)
        self.assertEqual(role["RolePolicyList"][0]["PolicyDocument"], ALLOW)
        versions = {p["PolicyName"]: p["PolicyVersionList"] for p in result["Policies"]}
        self.assertIn("AdministratorAccess", versions)
        self.assertIsInstance(versions["AdministratorAccess"][0]["Document"], dict)


if __name__ == "__main__":
    unittest.main()
