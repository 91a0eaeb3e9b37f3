using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using static OsAccess.Aws.Iam.IamXml;

namespace OsAccess.Aws.Sns
{
    /// <summary>
    /// Amazon SNS over its Query protocol, the one IAM speaks (form-encoded POST, <c>Version=2010-03-31</c>, XML answers,
    /// <c>&lt;ErrorResponse&gt;</c> errors), signed for <c>sns</c> in the session's region.
    /// </summary>
    public sealed class SnsClient : ISnsClient
    {
        public const string ServiceName = "SNS";
        public const string ApiVersion = "2010-03-31";
        private readonly AwsHttpChannel channel;

        public SnsClient(AwsClientOptions options)
        {
            channel = new AwsHttpChannel(options, ServiceName, (response, operation) => IamErrorReader.Read(response, operation, ServiceName));
        }

        public async Task<string> CreateTopicAsync(string name, CancellationToken cancellationToken)
        {
            SnsInputRules.Check(nameof(name), SnsInputRules.TopicNameProblem(name));
            return await RequiredAsync(new IamFormBody("CreateTopic", ApiVersion).Add("Name", name), "TopicArn", cancellationToken).ConfigureAwait(false);
        }

        public async Task<string> PublishAsync(string topicArn, string? subject, string message, CancellationToken cancellationToken)
        {
            SnsInputRules.Check(nameof(topicArn), string.IsNullOrEmpty(topicArn) ? "A topic ARN is required." : null);
            SnsInputRules.Check(nameof(subject), SnsInputRules.SubjectProblem(subject));
            SnsInputRules.Check(nameof(message), SnsInputRules.MessageProblem(message));
            var body = new IamFormBody("Publish", ApiVersion).Add("TopicArn", topicArn).Add("Subject", subject).Add("Message", message);
            return await RequiredAsync(body, "MessageId", cancellationToken).ConfigureAwait(false);
        }

        public async Task<Page<string>> ListTopicsAsync(string? nextToken, CancellationToken cancellationToken)
        {
            XElement? result = await CallAsync(new IamFormBody("ListTopics", ApiVersion).Add("NextToken", nextToken), cancellationToken).ConfigureAwait(false);
            return new Page<string>(Members(result, "Topics").Select(m => Required(m, "TopicArn")).ToList(), Text(result, "NextToken"));
        }

        /// <summary>Nothing to release: the HTTP connection pool is shared by every client (<see cref="SharedHttpClient"/>).</summary>
        public void Dispose()
        {
        }

        private async Task<string> RequiredAsync(IamFormBody body, string member, CancellationToken cancellationToken)
        {
            XElement? result = await CallAsync(body, cancellationToken).ConfigureAwait(false);
            string? value = Text(result, member);
            return !string.IsNullOrEmpty(value)
                ? value!
                : throw ServiceErrors.Malformed(ServiceName, body.Action, $"The answer has no '{member}' element.");
        }

        private Task<XElement?> CallAsync(IamFormBody body, CancellationToken cancellationToken) => QueryCall.ResultAsync(channel, ServiceName, body, cancellationToken);
    }
}
