using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Context
{
    /// <summary>
    /// Shows what OsAccess would act as: the account and ARN that GetCallerIdentity returns, the region,
    /// the endpoints and the source of the credentials. With -AccountId, the identity reached in each
    /// member account through the cross-account role, -ThrottleLimit accounts at a time, in the order they answer.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "OSAccessContext")]
    [OutputType(typeof(OSAccessContext))]
    public sealed class GetOSAccessContextCommand : OsAccessAwsCmdlet
    {
        /// <summary>Member accounts to reach through the cross-account role; account objects bind by their Id.</summary>
        /// <remarks>
        /// Not bound by value from the pipeline: PowerShell would turn any piped object (say, one carrying
        /// AccessKey and Region for the common parameters) into a string and fail it as an account id.
        /// </remarks>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "Account")]
        [ValidateAccountId]
        [ArgumentCompleter(typeof(OrganizationAccountCompleter))]
        public string[]? AccountId { get; set; }

        /// <summary>
        /// Declared again only to keep -RoleName, this parameter's former name, as an alias for this release; every other
        /// cmdlet's -RoleName is the OSAccess role.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRoleName]
        [Alias("RoleName")]
        public override string CrossAccountRoleName
        {
            get => base.CrossAccountRoleName;
            set => base.CrossAccountRoleName = value;
        }

        protected override void ProcessAwsRecord()
        {
            if (AccountId == null || AccountId.Length == 0)
            {
                WriteObject(Run(ct => DescribeAsync(Session, ct)));
                return;
            }

            foreach (string accountId in AccountId)
            {
                PostToMemberAccount(accountId, DescribeAsync);
            }
        }

        private static async Task<OSAccessContext> DescribeAsync(AwsSession session, CancellationToken cancellationToken)
        {
            StsCallerIdentity identity;
            using (var client = session.Sts())
            {
                identity = await client.GetCallerIdentityAsync(cancellationToken).ConfigureAwait(false);
            }

            var sts = session.Endpoint(AwsServiceId.Sts);
            return new OSAccessContext
            {
                Account = identity.Account,
                Arn = identity.Arn,
                UserId = identity.UserId,
                Region = session.Region,
                RegionSource = session.RegionOrigin,
                CredentialSource = session.Credentials.Origin,
                AssumedRole = session.AssumedRoleArn,
                IamEndpoint = session.Endpoint(AwsServiceId.Iam).Endpoint.Url.ToString(),
                OrganizationsEndpoint = session.Endpoint(AwsServiceId.Organizations).Endpoint.Url.ToString(),
                StsEndpoint = sts.Endpoint.Url.ToString(),
                SsmEndpoint = session.Endpoint(AwsServiceId.Ssm).Endpoint.Url.ToString(),
                EndpointSource = sts.Source,
            };
        }
    }
}
