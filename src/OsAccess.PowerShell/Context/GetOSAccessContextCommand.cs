using System;
using System.Management.Automation;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Context
{
    /// <summary>
    /// Shows what OsAccess would act as: the account and ARN that GetCallerIdentity returns, the region,
    /// the endpoints and the source of the credentials. With -AccountId, the identity reached in each
    /// member account through the cross-account role.
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
        public string[]? AccountId { get; set; }

        /// <summary>The role assumed in member accounts.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string RoleName { get; set; } = CrossAccountOptions.DefaultRoleName;

        /// <summary>The external id the member accounts' role trust policy requires, if any.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ExternalId { get; set; }

        protected override void ProcessAwsRecord()
        {
            if (AccountId == null || AccountId.Length == 0)
            {
                WriteObject(Describe(Session));
                return;
            }

            foreach (string accountId in AccountId)
            {
                try
                {
                    WriteObject(Describe(MemberSession(accountId, RoleName, ExternalId)));
                }
                catch (Exception error) when (!(error is PipelineStoppedException))
                {
                    WriteAwsError(error, accountId);
                }
            }
        }

        private OSAccessContext Describe(AwsSession session)
        {
            var identity = Run(async ct =>
            {
                using (var client = session.Sts())
                {
                    return await client.GetCallerIdentityAsync(ct).ConfigureAwait(false);
                }
            });
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
