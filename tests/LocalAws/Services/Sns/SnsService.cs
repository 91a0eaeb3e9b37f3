using System.Xml.Linq;
using LocalAws.Dispatch;

namespace LocalAws.Services.Sns;

/// <summary>Amazon SNS over the Query protocol, as far as notifications need it: CreateTopic, ListTopics and Publish.</summary>
public sealed class SnsService : QueryService
{
    public SnsService()
    {
        Register("CreateTopic", TopicOperations.Create);
        Register("ListTopics", TopicOperations.List);
        Register("Publish", PublishOperation.Invoke);
    }

    public override string Name => "sns";
    public override XNamespace Namespace => "http://sns.amazonaws.com/doc/2010-03-31/";
    public override string AccessDeniedCode => "AuthorizationError";
}
