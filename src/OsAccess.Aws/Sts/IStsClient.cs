using System;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Sts
{
    public interface IStsClient : IDisposable
    {
        Task<StsCallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken);

        Task<AssumedRole> AssumeRoleAsync(AssumeRoleInput input, CancellationToken cancellationToken);
    }
}
