using LocalAws.Protocol;

namespace LocalAws.Services.Organizations;

/// <summary>Organizations' errors, with its codes and wording.</summary>
public static class OrgErrors
{
    public static AwsException NotInUse() => Errors.Json("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
    public static AwsException NotManagement() => Errors.Json("AccessDeniedException", "You don't have permissions to access this resource.");
    public static AwsException PolicyNotFound() => Errors.Json("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified.");
    public static AwsException TargetNotFound() => Errors.Json("TargetNotFoundException", "We can't find a root, OU, account, or email address with the TargetId that you specified.");
    public static AwsException ParentNotFound() => Errors.Json("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
    public static AwsException ChildNotFound() => Errors.Json("ChildNotFoundException", "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.");
    public static AwsException AccountNotFound() => Errors.Json("AccountNotFoundException", "You specified an account that doesn't exist.");
    public static AwsException TypeNotEnabled() => Errors.Json("PolicyTypeNotEnabledException", "This operation can be performed only for enabled policy types.");
    public static AwsException InvalidInput(string reason, string message) => new("InvalidInputException", 400, message) { Reason = reason };
}
