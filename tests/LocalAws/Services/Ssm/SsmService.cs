using LocalAws.Dispatch;

namespace LocalAws.Services.Ssm;

/// <summary>Systems Manager over JSON 1.1: Session Manager sessions, managed node inventory, the automation channels (Run Command, associations, Automation), and OpsCenter OpsItems with their tags.</summary>
public sealed class SsmService : JsonService
{
    public SsmService()
    {
        Register("StartSession", SessionOperations.StartSession);
        Register("DescribeSessions", SessionOperations.DescribeSessions);
        Register("TerminateSession", SessionOperations.TerminateSession);
        Register("ResumeSession", SessionOperations.ResumeSession);
        Register("SendCommand", CommandOperation.SendCommand);
        Register("CreateAssociation", AssociationOperation.CreateAssociation);
        Register("StartAutomationExecution", AutomationOperation.StartAutomationExecution);
        Register("DescribeInstanceInformation", InstanceInformationOperation.Invoke);
        Register("CreateOpsItem", OpsItemOperations.CreateOpsItem);
        Register("GetOpsItem", OpsItemOperations.GetOpsItem);
        Register("UpdateOpsItem", OpsItemOperations.UpdateOpsItem);
        Register("DescribeOpsItems", OpsItemOperations.DescribeOpsItems);
        Register("AddTagsToResource", OpsItemTagOperations.AddTagsToResource);
        Register("RemoveTagsFromResource", OpsItemTagOperations.RemoveTagsFromResource);
        Register("ListTagsForResource", OpsItemTagOperations.ListTagsForResource);
    }

    public override string Name => "ssm";
    public override string TargetPrefix => "AmazonSSM";
    public override string ValidationErrorCode => "ValidationException";
}
