using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    public class FormatTests
    {
        [Theory]
        [InlineData("*")]
        [InlineData("ssm:StartSession")]
        [InlineData("ssm:*")]
        [InlineData("ec2:Describe*")]
        [InlineData("s3:Get?bject")]
        [InlineData("ssm-guiconnect:StartConnection")]
        [InlineData("ec2-instance-connect:SendSSHPublicKey")]
        [InlineData("a4b:*")]
        public void WellFormedActions(string action)
        {
            Assert.Null(ActionFormat.Problem(action));
        }

        [Theory]
        [InlineData("StartSession")]
        [InlineData("SSM:StartSession")]
        [InlineData("ssm_x:StartSession")]
        [InlineData(":StartSession")]
        [InlineData("ssm:")]
        [InlineData("ssm:Start:Session")]
        [InlineData("ssm:Start Session")]
        [InlineData("ssm.StartSession")]
        [InlineData("**")]
        [InlineData("")]
        public void MalformedActions(string action)
        {
            Assert.NotNull(ActionFormat.Problem(action));
        }

        [Theory]
        [InlineData("*")]
        [InlineData("arn:aws:ec2:*:111111111111:instance/*")]
        [InlineData("arn:aws:ec2:*:*:instance/*")]
        [InlineData("arn:aws:ssm:*::document/AWS-StartPortForwardingSession")]
        [InlineData("arn:aws:s3:::bucket/key with spaces")]
        [InlineData("arn:aws:iam::aws:policy/ReadOnlyAccess")]
        [InlineData("arn:aws:iam::*:role/OSAccess")]
        [InlineData("arn:aws-cn:ec2:cn-north-1:111111111111:instance/i-1")]
        [InlineData("arn:aws:iam::${aws:PrincipalAccount}:role/${aws:username}")]
        [InlineData("arn:aws:iam::11111111111?:root")]
        [InlineData("arn:*:ec2:us-east-1:111111111111:instance/*")]
        [InlineData("arn:aws:sqs:us-east-1:111111111111:queue:with:colons")]
        public void WellFormedResources(string resource)
        {
            Assert.Null(ArnFormat.Problem(resource));
        }

        [Theory]
        [InlineData("i-0123456789abcdef0")]
        [InlineData("ARN:aws:ec2:*:111111111111:instance/*")]
        [InlineData("arn:aws:ec2:instance")]
        [InlineData("arn:aws:ec2:*:1111:instance/*")]
        [InlineData("arn:aws:ec2:*:1111111111111:instance/*")]
        [InlineData("arn:aws:ec2:*:111111111111:")]
        [InlineData("arn:AWS:ec2:*:111111111111:instance/*")]
        [InlineData("arn:aws:EC2:*:111111111111:instance/*")]
        [InlineData("arn:aws::*:111111111111:instance/*")]
        [InlineData("arn:aws:ec2:US-EAST-1:111111111111:instance/*")]
        [InlineData("**")]
        public void MalformedResources(string resource)
        {
            Assert.NotNull(ArnFormat.Problem(resource));
        }

        [Theory]
        [InlineData("arn:aws:ec2:*:account-id:instance/*", "account-id")]
        [InlineData("arn:aws:ec2:*:ACCOUNT-ID:instance/*", "ACCOUNT-ID")]
        [InlineData("arn:aws:iam::<ACCOUNT_ID>:role/OSAccess", "<ACCOUNT_ID>")]
        [InlineData("arn:aws:iam::${AWS::AccountId}:role/OSAccess", "${AWS::AccountId}")]
        [InlineData("arn:aws:s3:::${BucketName}/*", "${BucketName}")]
        [InlineData("arn:aws:iam::HUB:role/OSAccess", "HUB")]
        [InlineData("your-account-id", "your-account-id")]
        [InlineData("AWS_ACCOUNT_ID", "AWS_ACCOUNT_ID")]
        [InlineData("arn:aws:iam::111111111111:role/REPLACE_ME", "REPLACE_ME")]
        public void PlaceholdersAreFound(string value, string placeholder)
        {
            Assert.Equal(placeholder, Placeholders.Find(value));
        }

        [Theory]
        [InlineData("arn:aws:ec2:*:111111111111:instance/*")]
        [InlineData("arn:aws:iam::aws:policy/ReadOnlyAccess")]
        [InlineData("arn:aws:iam::*:role/AccountIdReader")]
        [InlineData("${aws:userid}")]
        [InlineData("${aws:PrincipalAccount}")]
        [InlineData("arn:aws:s3:::bucket/${aws:username}/*")]
        [InlineData("${*}")]
        [InlineData("ssm-guiconnect.amazonaws.com")]
        public void RealValuesAreNotPlaceholders(string value)
        {
            Assert.Null(Placeholders.Find(value));
        }

        [Theory]
        [InlineData("arn:aws:iam::123456789012:role/OSAccess", "123456789012")]
        [InlineData("111122223333", "111122223333")]
        [InlineData("arn:aws:iam::444455556666:root", "444455556666")]
        [InlineData("arn:aws:iam::1234567890123:root", null)]
        [InlineData("arn:aws:iam::111111111111:root", null)]
        public void DocumentationAccountIdsAreFound(string value, string? account)
        {
            Assert.Equal(account, Placeholders.FindSampleAccount(value));
        }
    }
}
