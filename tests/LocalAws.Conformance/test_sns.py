"""SNS through boto3: CreateTopic, ListTopics and Publish, with the published messages read back from the test control."""
import unittest

from botocore.exceptions import ClientError

import localaws


class SnsTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")
        self.sns = localaws.client("sns")

    def error(self, call, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(**kwargs)
        return caught.exception.response["Error"]["Code"]

    def test_create_topic_is_idempotent(self):
        arn = self.sns.create_topic(Name="osaccess-requests")["TopicArn"]
        self.assertEqual(arn, "arn:aws:sns:us-east-1:111111111111:osaccess-requests")
        self.assertEqual(self.sns.create_topic(Name="osaccess-requests")["TopicArn"], arn)
        self.assertEqual(self.error(self.sns.create_topic, Name="bad name"), "InvalidParameter")

    def test_list_topics_pages_the_callers_topics_in_the_region(self):
        for i in range(105):
            self.sns.create_topic(Name=f"topic-{i:03d}")
        localaws.client("sns", region="eu-west-1").create_topic(Name="elsewhere")
        arns = [t["TopicArn"] for page in self.sns.get_paginator("list_topics").paginate() for t in page["Topics"]]
        self.assertEqual(len(arns), 105)
        self.assertNotIn("arn:aws:sns:eu-west-1:111111111111:elsewhere", arns)
        self.assertIn("NextToken", self.sns.list_topics())

    def test_publish_keeps_the_message_for_tests(self):
        arn = self.sns.create_topic(Name="osaccess-requests")["TopicArn"]
        message_id = self.sns.publish(TopicArn=arn, Subject="Access requested", Message="alice asks for prod")["MessageId"]
        self.sns.publish(TopicArn=arn, Message="no subject")
        messages = localaws.admin("GET", "sns/messages")
        self.assertEqual([(m["topicArn"], m["subject"], m["message"]) for m in messages],
                         [(arn, "Access requested", "alice asks for prod"), (arn, None, "no subject")])
        self.assertEqual(messages[0]["messageId"], message_id)
        self.assertEqual(messages[0]["publisher"], "arn:aws:iam::111111111111:user/admin")
        localaws.admin("POST", "reset")
        self.assertEqual(localaws.admin("GET", "sns/messages"), [])

    def test_publish_errors(self):
        arn = self.sns.create_topic(Name="osaccess-requests")["TopicArn"]
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn + "-missing", Message="m"), "NotFound")
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Subject="x" * 101, Message="m"), "InvalidParameter")
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Subject="two\nlines", Message="m"), "InvalidParameter")
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="x" * (256 * 1024 + 1)), "InvalidParameter")
        self.sns.publish(TopicArn=arn, Subject="x" * 100, Message="x" * (256 * 1024))
        alice = localaws.client("sns", localaws.ALICE_KEY)
        self.assertEqual(self.error(alice.publish, TopicArn=arn, Message="m"), "AuthorizationError")
        self.assertEqual(len(localaws.admin("GET", "sns/messages")), 1)

    def test_publish_is_authorised_by_the_policy_engine(self):
        prod_sns = localaws.assume(localaws.org_access_role(localaws.PROD))("sns")
        prod_topic = prod_sns.create_topic(Name="prod-only")["TopicArn"]
        self.assertEqual(prod_topic, f"arn:aws:sns:us-east-1:{localaws.PROD}:prod-only")
        self.assertEqual(self.error(self.sns.publish, TopicArn=prod_topic, Message="m"), "AuthorizationError")
        self.assertTrue(prod_sns.publish(TopicArn=prod_topic, Message="m")["MessageId"])
