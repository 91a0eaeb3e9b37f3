using System;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Requests;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// What the request cmdlets that change a request share: -NotificationTopicArn (else $OSAccessNotificationTopicArn), and
    /// publishing a transition there, where a failure is a warning and never undoes the request or the grant.
    /// </summary>
    public abstract class RequestCmdlet : OsAccessWriteCmdlet
    {
        /// <summary>The preference variable that stands for -NotificationTopicArn when it is not given.</summary>
        public const string TopicVariable = "OSAccessNotificationTopicArn";

        /// <summary>The SNS topic each new request, approval, denial and withdrawal is announced to. Default: $OSAccessNotificationTopicArn; none when neither is set.</summary>
        [Parameter]
        [ValidatePattern(@"^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$")]
        public string? NotificationTopicArn { get; set; }

        /// <param name="granted">For an approval, the window of the grant made, when it is not the one asked for.</param>
        protected void Announce(AccessRequestRecord request, AccessRequestStatus status, AccessWindow? granted = null)
        {
            var topic = NotificationTopicArn ?? SessionState.PSVariable.GetValue(TopicVariable) as string;
            if (string.IsNullOrEmpty(topic)) return;
            var (subject, message) = RequestNotice.For(request, status, granted);
            try
            {
                Run(async ct =>
                {
                    using var sns = Session.Sns();
                    return await sns.PublishAsync(topic!, subject, message, ct).ConfigureAwait(false);
                });
            }
            catch (Exception error) when (!(error is PipelineStoppedException) && !(error is OperationCanceledException))
            {
                WriteWarning($"Request {request.RequestId} is {status}, but announcing it to {topic} failed: {error.Message} " +
                    "Nothing was undone; tell the people concerned another way, and check the topic and the sns:Publish permission.");
            }
        }
    }
}
