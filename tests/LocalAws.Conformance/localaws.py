"""Connection to a running LocalAws: boto3 clients and the admin endpoint (reset, clock, faults, request log)."""
import json
import os
import urllib.request

import boto3
from botocore.config import Config

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
REGION = os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
NO_RETRIES = Config(retries={"max_attempts": 1, "mode": "standard"})

ADMIN_KEY = ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
ALICE_KEY = ("AKIAALICEEXAMPLE0001", "aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP")
PROD = "222222222222"
DEV = "333333333333"


def admin(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{ENDPOINT}/_localaws/{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def client(service, key=ADMIN_KEY, token=None, region=REGION, retries=True):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name=region,
                        aws_access_key_id=key[0], aws_secret_access_key=key[1], aws_session_token=token,
                        config=None if retries else NO_RETRIES)


def assume(role_arn, session="conformance", key=ADMIN_KEY, **kwargs):
    """Returns a function making clients with the credentials of a new role session."""
    credentials = client("sts", key).assume_role(RoleArn=role_arn, RoleSessionName=session, **kwargs)["Credentials"]
    pair = (credentials["AccessKeyId"], credentials["SecretAccessKey"])
    return lambda service, **kw: client(service, pair, credentials["SessionToken"], **kw)


def org_access_role(account):
    return f"arn:aws:iam::{account}:role/OrganizationAccountAccessRole"
