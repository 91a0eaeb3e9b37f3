using System.Linq;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Aws
{
    public class IamActionNamesTests
    {
        [Theory]
        [InlineData("ssm:StartSession")]
        [InlineData("ssm:ResumeSession")]
        [InlineData("ssm:SendCommand")]
        [InlineData("ssmmessages:OpenDataChannel")]
        [InlineData("ssm-guiconnect:StartConnection")]
        [InlineData("ec2:GetPasswordData")]
        [InlineData("ec2-instance-connect:SendSSHPublicKey")]
        [InlineData("ec2-instance-connect:OpenTunnel")]
        [InlineData("sts:AssumeRole")]
        [InlineData("iam:PassRole")]
        [InlineData("organizations:AttachPolicy")]
        public void HoldsTheActionsOsAccessReasonsAbout(string action)
        {
            Assert.Contains(action, IamActionNames.All);
        }

        [Fact]
        public void EveryNameIsAServiceActionOfOneOfTheEightServicesAndAppearsOnce()
        {
            var services = new[] { "ssm", "ssmmessages", "ssm-guiconnect", "ec2", "ec2-instance-connect", "sts", "iam", "organizations" };

            Assert.True(IamActionNames.All.Count > 1000);
            Assert.All(IamActionNames.All, name => Assert.Null(ActionFormat.Problem(name)));
            Assert.All(IamActionNames.All, name => Assert.Contains(name.Split(':')[0], services));
            Assert.Equal(IamActionNames.All.Count, IamActionNames.All.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
