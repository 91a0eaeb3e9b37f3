"""Test controls seen through boto3: throttling and 5xx faults, and the request log."""
import unittest

from botocore.exceptions import ClientError

import localaws


class ControlTests(unittest.TestCase):
    def setUp(self):
        localaws.admin("POST", "reset")

    def test_throttling_codes_are_ones_botocore_retries(self):
        localaws.admin("POST", "faults", {"kind": "throttle", "service": "iam", "count": 2})
        iam = localaws.client("iam")
        self.assertEqual(iam.list_users()["ResponseMetadata"]["RetryAttempts"], 2)
        localaws.admin("POST", "faults", {"kind": "throttle", "service": "organizations"})
        with self.assertRaises(ClientError) as caught:
            localaws.client("organizations", retries=False).list_roots()
        self.assertEqual(caught.exception.response["Error"]["Code"], "TooManyRequestsException")

    def test_server_errors_are_retried(self):
        localaws.admin("POST", "faults", {"kind": "serverError", "service": "ssm", "count": 1})
        ssm = localaws.assume(localaws.org_access_role(localaws.PROD))("ssm")
        self.assertEqual(ssm.describe_sessions(State="Active")["ResponseMetadata"]["RetryAttempts"], 1)

    def test_request_log_counts(self):
        localaws.admin("DELETE", "requests")
        iam = localaws.client("iam")
        for _ in range(3):
            iam.get_user()
        self.assertEqual(localaws.admin("GET", "requests")["counts"]["iam:GetUser"], 3)


if __name__ == "__main__":
    unittest.main()
