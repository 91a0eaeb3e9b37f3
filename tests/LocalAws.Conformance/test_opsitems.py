"""SSM OpsCenter OpsItems through boto3: create, get, update, describe with filters and pages, tags, and who may do what."""
import json
import unittest

from botocore.exceptions import ClientError

import localaws

OWN_ITEMS_ONLY = {
    "Version": "2012-10-17",
    "Statement": [
        # A tagged CreateOpsItem is authorised as ssm:AddTagsToResource on the new item too.
        {"Effect": "Allow", "Action": ["ssm:CreateOpsItem", "ssm:AddTagsToResource"], "Resource": "*",
         "Condition": {"StringEquals": {"aws:RequestTag/owner": "${aws:username}"}}},
        {"Effect": "Allow", "Action": "ssm:DescribeOpsItems", "Resource": "*"},
        {"Effect": "Allow", "Action": ["ssm:GetOpsItem", "ssm:ListTagsForResource"], "Resource": "arn:aws:ssm:*:*:opsitem/*",
         "Condition": {"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}},
        # ReadOnlyAccess (alice's) allows ssm:Get* on everything: only a deny keeps others' items from her.
        {"Effect": "Deny", "Action": "ssm:GetOpsItem", "Resource": "arn:aws:ssm:*:*:opsitem/*",
         "Condition": {"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}},
        {"Effect": "Allow", "Action": "ssm:AddTagsToResource", "Resource": "arn:aws:ssm:*:*:opsitem/*",
         "Condition": {"StringEquals": {"ssm:resourceTag/owner": "${aws:username}"},
                       "ForAllValues:StringEquals": {"aws:TagKeys": ["withdrawn"]}}},
    ],
}


def code(caught):
    return caught.exception.response["Error"]["Code"]


class OpsItemTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.ssm = localaws.client("ssm")

    def create(self, client=None, title="disk full", owner=None, **kwargs):
        tags = [{"Key": "owner", "Value": owner}] if owner else []
        return (client or self.ssm).create_ops_item(Title=title, Description="the reason", Source="OsAccess", Tags=tags, **kwargs)

    def test_create_get_update(self):
        created = self.create(OperationalData={"accounts": {"Type": "SearchableString", "Value": "222222222222"},
                                               "note": {"Type": "String", "Value": "private"}}, Category="Security")
        self.assertRegex(created["OpsItemId"], "^oi-[0-9a-f]{12}$")
        self.assertEqual(created["OpsItemArn"], f"arn:aws:ssm:us-east-1:111111111111:opsitem/{created['OpsItemId']}")
        item = self.ssm.get_ops_item(OpsItemId=created["OpsItemId"])["OpsItem"]
        self.assertEqual((item["Title"], item["Description"], item["Source"], item["Status"], item["Category"]),
                         ("disk full", "the reason", "OsAccess", "Open", "Security"))
        self.assertEqual(item["CreatedBy"], "arn:aws:iam::111111111111:user/admin")
        self.assertEqual(item["OperationalData"]["note"], {"Type": "String", "Value": "private"})
        localaws.admin("POST", "clock", {"advanceSeconds": 60})
        self.ssm.update_ops_item(OpsItemId=created["OpsItemId"], Status="Resolved",
                                 OperationalData={"decision": {"Type": "SearchableString", "Value": "Approved"}})
        item = self.ssm.get_ops_item(OpsItemId=created["OpsItemId"])["OpsItem"]
        self.assertEqual((item["Status"], item["OperationalData"]["decision"]["Value"]), ("Resolved", "Approved"))
        self.assertGreater(item["LastModifiedTime"], item["CreatedTime"])
        with self.assertRaises(ClientError) as caught:
            self.ssm.get_ops_item(OpsItemId="oi-000000000000")
        self.assertEqual(code(caught), "OpsItemNotFoundException")
        with self.assertRaises(ClientError) as caught:
            self.ssm.update_ops_item(OpsItemId=created["OpsItemId"], Status="Closed")
        self.assertEqual(code(caught), "OpsItemInvalidParameterException")
        with self.assertRaises(ClientError) as caught:
            self.create(OperationalData={"aws:x": {"Type": "String", "Value": "v"}})
        self.assertEqual(code(caught), "OpsItemInvalidParameterException")

    def test_describe_filters_pages_and_summaries(self):
        first = self.create(title="one", OperationalData={"accounts": {"Type": "SearchableString", "Value": "222222222222"},
                                                          "note": {"Type": "String", "Value": "private"}})["OpsItemId"]
        localaws.admin("POST", "clock", {"advanceSeconds": 10})
        for title in ("two", "three"):
            self.create(title=title)
        self.ssm.create_ops_item(Title="other", Description="d", Source="Elsewhere")
        mine = [{"Key": "Source", "Values": ["OsAccess"], "Operator": "Equal"}]
        summaries = self.ssm.get_paginator("describe_ops_items").paginate(
            OpsItemFilters=mine, PaginationConfig={"PageSize": 2}).build_full_result()["OpsItemSummaries"]
        self.assertEqual(sorted(s["Title"] for s in summaries), ["one", "three", "two"])
        one = next(s for s in summaries if s["OpsItemId"] == first)
        self.assertNotIn("Description", one)
        self.assertEqual(one["OperationalData"], {"accounts": {"Type": "SearchableString", "Value": "222222222222"}})
        by_id = self.ssm.describe_ops_items(OpsItemFilters=[{"Key": "OpsItemId", "Values": [first], "Operator": "Equal"}])
        self.assertEqual([s["Title"] for s in by_id["OpsItemSummaries"]], ["one"])
        resolved = self.ssm.describe_ops_items(OpsItemFilters=mine + [{"Key": "Status", "Values": ["Resolved"], "Operator": "Equal"}])
        self.assertEqual(resolved["OpsItemSummaries"], [])
        created = self.ssm.get_ops_item(OpsItemId=first)["OpsItem"]["CreatedTime"]
        later = self.ssm.describe_ops_items(OpsItemFilters=mine + [
            {"Key": "CreatedTime", "Values": [created.isoformat()], "Operator": "GreaterThan"}])
        self.assertEqual(sorted(s["Title"] for s in later["OpsItemSummaries"]), ["three", "two"])
        with self.assertRaises(ClientError) as caught:
            self.ssm.describe_ops_items(MaxResults=51)
        self.assertEqual(code(caught), "ValidationException")

    def test_tags(self):
        item = self.create(owner="alice")["OpsItemId"]
        self.ssm.add_tags_to_resource(ResourceType="OpsItem", ResourceId=item, Tags=[{"Key": "withdrawn", "Value": "true"}])
        tags = self.ssm.list_tags_for_resource(ResourceType="OpsItem", ResourceId=item)["TagList"]
        self.assertEqual(tags, [{"Key": "owner", "Value": "alice"}, {"Key": "withdrawn", "Value": "true"}])
        with self.assertRaises(ClientError) as caught:
            self.ssm.list_tags_for_resource(ResourceType="OpsItem", ResourceId="oi-000000000000")
        self.assertEqual(code(caught), "InvalidResourceId")
        self.ssm.remove_tags_from_resource(ResourceType="OpsItem", ResourceId=item, TagKeys=["withdrawn", "missing"])
        tags = self.ssm.list_tags_for_resource(ResourceType="OpsItem", ResourceId=item)["TagList"]
        self.assertEqual(tags, [{"Key": "owner", "Value": "alice"}])
        with self.assertRaises(ClientError) as caught:
            self.ssm.remove_tags_from_resource(ResourceType="OpsItem", ResourceId="oi-000000000000", TagKeys=["owner"])
        self.assertEqual(code(caught), "InvalidResourceId")

    def test_resource_tag_conditions_decide_who_reads_and_tags(self):
        localaws.client("iam").put_user_policy(UserName="alice", PolicyName="own-items", PolicyDocument=json.dumps(OWN_ITEMS_ONLY))
        alice = localaws.client("ssm", localaws.ALICE_KEY, retries=False)
        with self.assertRaises(ClientError) as caught:
            self.create(alice, owner="bob")
        self.assertEqual(code(caught), "AccessDeniedException")
        own = self.create(alice, owner="alice")["OpsItemId"]
        self.assertEqual(alice.get_ops_item(OpsItemId=own)["OpsItem"]["CreatedBy"], "arn:aws:iam::111111111111:user/alice")
        others = self.create(owner="bob")["OpsItemId"]
        with self.assertRaises(ClientError) as caught:
            alice.get_ops_item(OpsItemId=others)
        self.assertEqual(code(caught), "AccessDeniedException")
        self.assertIn(f"opsitem/{others}", caught.exception.response["Error"]["Message"])
        self.assertEqual({s["OpsItemId"] for s in alice.describe_ops_items()["OpsItemSummaries"]}, {own, others})
        alice.add_tags_to_resource(ResourceType="OpsItem", ResourceId=own, Tags=[{"Key": "withdrawn", "Value": "true"}])
        with self.assertRaises(ClientError) as caught:
            alice.add_tags_to_resource(ResourceType="OpsItem", ResourceId=own, Tags=[{"Key": "owner", "Value": "bob"}])
        self.assertEqual(code(caught), "AccessDeniedException")
        with self.assertRaises(ClientError) as caught:
            alice.add_tags_to_resource(ResourceType="OpsItem", ResourceId=others, Tags=[{"Key": "withdrawn", "Value": "true"}])
        self.assertEqual(code(caught), "AccessDeniedException")
        with self.assertRaises(ClientError) as caught:
            alice.update_ops_item(OpsItemId=own, Status="Resolved")
        self.assertEqual(code(caught), "AccessDeniedException")
        with self.assertRaises(ClientError) as caught:
            alice.remove_tags_from_resource(ResourceType="OpsItem", ResourceId=own, TagKeys=["owner"])
        self.assertEqual(code(caught), "AccessDeniedException")


if __name__ == "__main__":
    unittest.main()
