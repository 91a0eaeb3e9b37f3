"""Organizations through boto3: the tree, SCPs, their rules and pagination, and tags."""
import json
import unittest

from botocore.exceptions import ClientError

import localaws

SCP = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ssm:StartSession", "Resource": "*"}]})


class OrganizationsTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.org = localaws.client("organizations")

    def code(self, call, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(**kwargs)
        return caught.exception.response["Error"]["Code"]

    def create_scp(self, name="guardrail"):
        return self.org.create_policy(Name=name, Description="d", Type="SERVICE_CONTROL_POLICY", Content=SCP)["Policy"]["PolicySummary"]["Id"]

    def test_tree(self):
        organization = self.org.describe_organization()["Organization"]
        self.assertEqual(organization["MasterAccountId"], "111111111111")
        root = self.org.list_roots()["Roots"][0]
        self.assertEqual(root["PolicyTypes"], [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}])
        ous = self.org.list_organizational_units_for_parent(ParentId=root["Id"])["OrganizationalUnits"]
        self.assertEqual(sorted(o["Name"] for o in ous), ["Security", "Workloads"])
        children = self.org.list_children(ParentId=root["Id"], ChildType="ACCOUNT")["Children"]
        self.assertEqual(children, [{"Id": "111111111111", "Type": "ACCOUNT"}])
        parent = self.org.list_parents(ChildId=localaws.PROD)["Parents"][0]
        accounts = self.org.list_accounts_for_parent(ParentId=parent["Id"])["Accounts"]
        self.assertEqual([a["Id"] for a in accounts], [localaws.PROD])
        account = self.org.describe_account(AccountId=localaws.PROD)["Account"]
        self.assertEqual((account["Name"], account["Status"]), ("prod", "ACTIVE"))
        self.assertEqual(self.code(self.org.describe_account, AccountId="999999999999"), "AccountNotFoundException")

    def test_list_accounts_paginates(self):
        pages = list(self.org.get_paginator("list_accounts").paginate(PaginationConfig={"PageSize": 3}))
        self.assertEqual([len(p["Accounts"]) for p in pages], [3, 1])

    def test_scp_lifecycle(self):
        policy_id = self.create_scp()
        self.assertEqual(self.org.describe_policy(PolicyId=policy_id)["Policy"]["Content"], SCP)
        self.org.update_policy(PolicyId=policy_id, Name="renamed", Description="new")
        names = [p["Name"] for p in self.org.list_policies(Filter="SERVICE_CONTROL_POLICY")["Policies"]]
        self.assertEqual(sorted(names), ["FullAWSAccess", "renamed"])
        self.org.attach_policy(PolicyId=policy_id, TargetId=localaws.PROD)
        self.assertEqual(self.code(self.org.attach_policy, PolicyId=policy_id, TargetId=localaws.PROD),
                         "DuplicatePolicyAttachmentException")
        targets = self.org.list_targets_for_policy(PolicyId=policy_id)["Targets"]
        self.assertEqual([(t["TargetId"], t["Type"]) for t in targets], [(localaws.PROD, "ACCOUNT")])
        attached = self.org.list_policies_for_target(TargetId=localaws.PROD, Filter="SERVICE_CONTROL_POLICY")["Policies"]
        self.assertEqual(sorted(p["Name"] for p in attached), ["FullAWSAccess", "renamed"])
        self.assertEqual(self.code(self.org.delete_policy, PolicyId=policy_id), "PolicyInUseException")
        self.org.detach_policy(PolicyId=policy_id, TargetId=localaws.PROD)
        self.org.delete_policy(PolicyId=policy_id)
        self.assertEqual(self.code(self.org.describe_policy, PolicyId=policy_id), "PolicyNotFoundException")

    def test_scp_rules(self):
        self.assertEqual(self.code(self.org.create_policy, Name="bad", Description="d", Type="SERVICE_CONTROL_POLICY", Content="{"),
                         "MalformedPolicyDocumentException")
        for i in range(4):
            self.org.attach_policy(PolicyId=self.create_scp(f"scp{i}"), TargetId=localaws.DEV)
        with self.assertRaises(ClientError) as caught:
            self.org.attach_policy(PolicyId=self.create_scp("scp5"), TargetId=localaws.DEV)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ConstraintViolationException")
        self.assertEqual(caught.exception.response["Reason"], "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED")

    def test_member_account_cannot_manage(self):
        member = localaws.assume(localaws.org_access_role(localaws.PROD))("organizations")
        self.assertEqual(self.code(member.list_accounts), "AccessDeniedException")

    def test_seeding_a_new_organization(self):
        localaws.admin("POST", "reset", {"users": [{"account": "555555555555", "name": "ops",
                                                   "managedPolicies": ["arn:aws:iam::aws:policy/AdministratorAccess"],
                                                   "accessKeys": [{"accessKeyId": "AKIAOPSOPSOPSOPS0002", "secretAccessKey": "s"}]}]})
        org = localaws.client("organizations", ("AKIAOPSOPSOPSOPS0002", "s"))
        self.assertEqual(self.code(org.describe_organization), "AWSOrganizationsNotInUseException")
        org.create_organization(FeatureSet="ALL")
        root = org.list_roots()["Roots"][0]["Id"]
        policy_id = org.create_policy(Name="g", Description="d", Type="SERVICE_CONTROL_POLICY", Content=SCP)["Policy"]["PolicySummary"]["Id"]
        self.assertEqual(self.code(org.attach_policy, PolicyId=policy_id, TargetId=root), "PolicyTypeNotEnabledException")
        org.enable_policy_type(RootId=root, PolicyType="SERVICE_CONTROL_POLICY")
        ou = org.create_organizational_unit(ParentId=root, Name="Workloads")["OrganizationalUnit"]["Id"]
        request = org.create_account(AccountName="app", Email="app@example.com")["CreateAccountStatus"]
        status = org.describe_create_account_status(CreateAccountRequestId=request["Id"])["CreateAccountStatus"]
        self.assertEqual(status["State"], "SUCCEEDED")
        org.move_account(AccountId=status["AccountId"], SourceParentId=root, DestinationParentId=ou)
        self.assertEqual(org.list_parents(ChildId=status["AccountId"])["Parents"][0]["Id"], ou)
        self.assertEqual(org.disable_policy_type(RootId=root, PolicyType="SERVICE_CONTROL_POLICY")["Root"]["PolicyTypes"], [])

    def test_policy_tags(self):
        policy = self.org.create_policy(Name="OSAccessGuardrail", Description="d", Type="SERVICE_CONTROL_POLICY", Content=SCP,
                                        Tags=[{"Key": "managed-by", "Value": "OsAccess"}])["Policy"]["PolicySummary"]["Id"]
        self.org.tag_resource(ResourceId=policy, Tags=[{"Key": "owner", "Value": ""}, {"Key": "managed-by", "Value": "OsAccess 2"}])
        tags = self.org.get_paginator("list_tags_for_resource").paginate(ResourceId=policy).build_full_result()["Tags"]
        self.assertEqual(tags, [{"Key": "managed-by", "Value": "OsAccess 2"}, {"Key": "owner", "Value": ""}])
        self.org.untag_resource(ResourceId=policy, TagKeys=["owner"])
        self.assertEqual(self.org.list_tags_for_resource(ResourceId=policy)["Tags"], [{"Key": "managed-by", "Value": "OsAccess 2"}])
        self.assertEqual(self.code(self.org.tag_resource, ResourceId=policy, Tags=[{"Key": "k", "Value": "a,b"}]), "InvalidInputException")
        self.assertEqual(self.code(self.org.list_tags_for_resource, ResourceId="p-0000000000"), "TargetNotFoundException")
        self.assertEqual(self.code(self.org.create_policy, Name="Other", Description="d", Type="SERVICE_CONTROL_POLICY", Content=SCP,
                                   Tags=[{"Key": "k", "Value": "a;b"}]), "InvalidInputException")

    def test_account_and_root_tags(self):
        root = self.org.list_roots()["Roots"][0]["Id"]
        for resource in (root, localaws.PROD):
            self.org.tag_resource(ResourceId=resource, Tags=[{"Key": "env", "Value": "x"}])
            self.assertEqual(self.org.list_tags_for_resource(ResourceId=resource)["Tags"], [{"Key": "env", "Value": "x"}])


if __name__ == "__main__":
    unittest.main()
