namespace LocalAws.Tests.Scenario;

/// <summary>The seed story's documents; OSAccessPolicy with its Condition closed, the real account id and distinct Sids.</summary>
public static class SeedDocuments
{
    public const string GuardrailScp = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "Statement1",
              "Effect": "Deny",
              "Action": "ssm:StartSession",
              "Resource": "*",
              "Condition": { "ArnNotLike": { "aws:PrincipalARN": "arn:aws:iam::*:role/OSAccess" } }
            }
          ]
        }
        """;

    public const string OsAccessTrust = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}
        """;

    public const string OsAccessPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "SsmStartSession",
              "Effect": "Allow",
              "Action": ["ssm:StartSession"],
              "Resource": [
                "arn:aws:ec2:*:*:instance/*",
                "arn:aws:ssm:*:*:managed-instance/*",
                "arn:aws:ssm:*:*:document/SSM-SessionManagerRunShell"
              ]
            },
            {
              "Sid": "TerminateAndResumeSession",
              "Effect": "Allow",
              "Action": ["ssm:TerminateSession", "ssm:ResumeSession"],
              "Resource": "*",
              "Condition": { "StringLike": { "ssm:resourceTag/aws:ssmmessages:session-id": ["${aws:userid}"] } }
            },
            {
              "Sid": "GuiConnectStartSession",
              "Effect": "Allow",
              "Action": ["ssm:StartSession"],
              "Resource": [
                "arn:aws:ec2:*:222222222222:instance/*",
                "arn:aws:ssm:*:222222222222:managed-instance/*",
                "arn:aws:ssm:*::document/AWS-StartPortForwardingSession"
              ],
              "Condition": { "ForAnyValue:StringEquals": { "aws:CalledVia": "ssm-guiconnect.amazonaws.com" } }
            }
          ]
        }
        """;

    /// <summary>The seed's time-boxed grant: alice may assume OSAccess strictly between the two instants (UTC).</summary>
    public const string AssumeRoleGrant = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "sts:AssumeRole",
              "Resource": "arn:aws:iam::222222222222:role/OSAccess",
              "Condition": {
                "DateGreaterThan": { "aws:CurrentTime": "2030-04-01T00:00:00Z" },
                "DateLessThan": { "aws:CurrentTime": "2030-06-30T23:59:59Z" }
              }
            }
          ]
        }
        """;
}
