using OsAccess.Core.Requests;
using Xunit;

namespace OsAccess.Core.Tests.Requests;

public class PersonArnTests
{
    [Theory]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:iam::111111111111:user/bob", true)]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:iam::111111111111:user/ops/Bob", true)]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:sts::111111111111:assumed-role/Admin/bob", true)]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:iam::111111111111:user/bobby", false)]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:iam::222222222222:user/bob", false)]
    [InlineData("arn:aws:iam::111111111111:user/bob", "arn:aws:sts::111111111111:assumed-role/bob/carol", false)]
    [InlineData("arn:aws:iam::111111111111:root", "arn:aws:iam::111111111111:root", true)]
    [InlineData("arn:aws:iam::111111111111:role/bob", "arn:aws:iam::111111111111:user/bob", false)]
    public void SamePersonComparesAccountAndName(string first, string second, bool same)
    {
        Assert.Equal(same, PersonArn.SamePerson(first, second));
        Assert.Equal(same, PersonArn.SamePerson(second, first));
    }
}
