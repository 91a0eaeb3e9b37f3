using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Workflows.Requests
{
    /// <summary>Where a request's transitions are announced: an SNS topic, which can forward to e-mail or chat.</summary>
    public interface IRequestNotifier
    {
        Task PublishAsync(string topicArn, string subject, string message, CancellationToken cancellationToken);
    }
}
