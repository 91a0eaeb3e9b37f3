using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Sns
{
    /// <summary>
    /// The Amazon SNS operations OsAccess uses, named as in the SNS API. Input that SNS would refuse
    /// (see <see cref="SnsInputRules"/>) throws <see cref="ArgumentException"/> before any call;
    /// failures of the call throw <see cref="AwsServiceException"/>.
    /// </summary>
    public interface ISnsClient : IDisposable
    {
        /// <summary>Creates a standard topic, or finds the caller's topic of that name (CreateTopic is idempotent); answers its ARN.</summary>
        Task<string> CreateTopicAsync(string name, CancellationToken cancellationToken);

        /// <summary>Publishes <paramref name="message"/> to the topic, with an optional <paramref name="subject"/>; answers the MessageId.</summary>
        Task<string> PublishAsync(string topicArn, string? subject, string message, CancellationToken cancellationToken);

        /// <summary>One page of the caller's topic ARNs in the region; pass its <see cref="Page{T}.NextToken"/> on.</summary>
        Task<Page<string>> ListTopicsAsync(string? nextToken, CancellationToken cancellationToken);
    }
}
