using System.Linq;
using System.Text;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Sns;

/// <summary>
/// Publish to a topic: authorised as sns:Publish on the topic's ARN, in the topic's account (whose default topic
/// policy lets only that account publish); NotFound for a topic that does not exist; the subject at most 100
/// printable ASCII characters, the message 1 byte to 256 KB. Every message is kept for the tests.
/// </summary>
public static class PublishOperation
{
    private const int MaxMessageBytes = 262144;

    public static XElement Invoke(ServiceCall call)
    {
        string arn = call.Query.Get("TopicArn") ?? throw SnsErrors.InvalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        var parts = arn.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "sns") throw SnsErrors.InvalidParameter("TopicArn");
        string? subject = call.Query.Get("Subject");
        if (subject is not null && (subject.Length is < 1 or > 100 || !subject.All(c => c is >= ' ' and <= '~')))
            throw SnsErrors.InvalidParameter("Subject");
        string message = call.Query.Get("Message") ?? "";
        if (message.Length == 0) throw SnsErrors.InvalidParameter("Empty message");
        if (Encoding.UTF8.GetByteCount(message) > MaxMessageBytes) throw SnsErrors.InvalidParameter("Message too long");
        call.Demand("sns:Publish", arn, resourceAccount: parts[4]);
        if (!call.World.Topics.TryGetValue(arn, out var topic) || topic.Region != call.Region) throw SnsErrors.TopicNotFound();
        string id = System.Guid.NewGuid().ToString();
        call.World.SnsMessages.Add(new SnsMessage(id, arn, subject, message, call.Caller.Arn, call.Now));
        return Xml.E("Result", Xml.E("MessageId", id));
    }
}
