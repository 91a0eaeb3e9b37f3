using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>Action, Resource and policy-variable matching.</summary>
    public class MatcherTests
    {
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
        [Theory]
        [InlineData("ssm:StartSession", "ssm:StartSession", true)]
        [InlineData("SSM:startsession", "ssm:StartSession", true)]
        [InlineData("ssm:Start*", "ssm:StartSession", true)]
        [InlineData("ssm:*Session", "ssm:TerminateSession", true)]
        [InlineData("ssm:?tartSession", "ssm:StartSession", true)]
        [InlineData("ssm:Start*", "ssm-guiconnect:StartConnection", false)]
        [InlineData("*", "ec2:GetPasswordData", true)]
        [InlineData("ec2:Describe*", "ec2:GetPasswordData", false)]
        public void Action(string pattern, string action, bool allowed) =>
            Assert.Equal(allowed, Ask.Decide(Ask.Allow(pattern), action, "*") == Decision.Allowed);

        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
        [Theory]
        [InlineData("arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0", true)]
        [InlineData("arn:aws:ec2:*:*:instance/*", "arn:aws:ssm:us-east-1:111122223333:managed-instance/mi-1", false)]
        [InlineData("arn:aws:iam::*:role/OSAccess", "arn:aws:iam::111122223333:role/OSAccess", true)]
        [InlineData("arn:aws:iam::*:role/OSAccess", "arn:aws:iam::111122223333:role/team/OSAccess", false)]
        [InlineData("arn:aws:iam::*:role/*OSAccess", "arn:aws:iam::111122223333:role/team/OSAccess", true)]
        [InlineData("arn:aws:iam::111122223333:role/osaccess", "arn:aws:iam::111122223333:role/OSAccess", false)]
        [InlineData("arn:aws:ssm:*::document/AWS-StartPortForwardingSession", "arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession", true)]
        [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b:c", true)]
        // A wildcard stays inside its ARN part: read as one text, "*" would take "us-east-1:x" and the pattern would match.
        [InlineData("arn:aws:ec2:*:111122223333:instance/*", "arn:aws:ec2:us-east-1:x:111122223333:instance/i-1", false)]
        // A pattern that starts with arn: but has fewer than six parts is no ARN and matches nothing.
        [InlineData("arn:aws:*:111122223333:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", false)]
        [InlineData("arn:aws:ec2:us-*:111122223333:instance/i-?", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
        [InlineData("*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
        public void Resource(string pattern, string resource, bool allowed) =>
            Assert.Equal(allowed, Ask.Decide(Ask.Allow("ec2:StartInstances", pattern), "ec2:StartInstances", resource) == Decision.Allowed);

        [Fact]
        public void NotActionAndNotResourceMatchWhatTheyDoNotList()
        {
            var policy = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"NotResource\":\"arn:aws:s3:::secret/*\"}]}");
            Assert.Equal(Decision.Allowed, Ask.Decide(policy, "s3:GetObject", "arn:aws:s3:::public/x"));
            Assert.Equal(Decision.ImplicitDeny, Ask.Decide(policy, "s3:GetObject", "arn:aws:s3:::secret/x"));
            Assert.Equal(Decision.ImplicitDeny, Ask.Decide(policy, "iam:CreateRole", "arn:aws:s3:::public/x"));
        }

        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
        [Theory]
        [InlineData("arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home/alice/notes.txt", true)]
        [InlineData("arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home/bob/notes.txt", false)]
        [InlineData("arn:aws:s3:::bucket/home/${AWS:UserName}/*", "arn:aws:s3:::bucket/home/alice/notes.txt", true)]
        [InlineData("arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*", "arn:aws:s3:::bucket/ops/x", true)]
        // A variable that cannot be resolved matches nothing, unless it has a default.
        [InlineData("arn:aws:s3:::bucket/${aws:PrincipalTag/project}/*", "arn:aws:s3:::bucket/x/y", false)]
        [InlineData("arn:aws:s3:::bucket/${aws:PrincipalTag/project, 'shared'}/*", "arn:aws:s3:::bucket/shared/y", true)]
        // ${*}, ${?} and ${$} are the literal characters, not wildcards.
        [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/*", true)]
        [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/anything", false)]
        [InlineData("arn:aws:s3:::bucket/a${?}", "arn:aws:s3:::bucket/ab", false)]
        [InlineData("arn:aws:s3:::bucket/${$}x", "arn:aws:s3:::bucket/$x", true)]
        public void PolicyVariablesInResources(string pattern, string resource, bool allowed) =>
            Assert.Equal(allowed, Ask.Decide(Ask.Allow("s3:GetObject", pattern), "s3:GetObject", resource, c => c.WithPrincipalTag("team", "ops")) == Decision.Allowed);

        [Fact]
        public void PolicyVariablesAreTextInVersion20081017()
        {
            var old = Ask.Policy("{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/${aws:username}\"}]}");
            Assert.Equal(Decision.ImplicitDeny, Ask.Decide(old, "s3:GetObject", "arn:aws:s3:::bucket/alice"));
            Assert.Equal(Decision.Allowed, Ask.Decide(old, "s3:GetObject", "arn:aws:s3:::bucket/${aws:username}"));
        }

        [Theory]
        [InlineData("{\"StringEquals\":{\"s3:prefix\":\"home/${aws:username}/\"}}", "home/alice/", true)]
        [InlineData("{\"StringLike\":{\"s3:prefix\":\"home/${aws:username}/*\"}}", "home/alice/docs", true)]
        [InlineData("{\"StringLike\":{\"s3:prefix\":\"home/${aws:username}/*\"}}", "home/bob/docs", false)]
        [InlineData("{\"StringEquals\":{\"s3:prefix\":\"${aws:userid}\"}}", "AIDAEXAMPLE", true)]
        public void PolicyVariablesInConditions(string condition, string prefix, bool allowed) =>
            Assert.Equal(allowed, Ask.Decide(Ask.Allow("s3:ListBucket", "*", condition), "s3:ListBucket", "arn:aws:s3:::bucket",
                c => c.WithUserId("AIDAEXAMPLE").With("s3:prefix", prefix)) == Decision.Allowed);
    }
}
