namespace OsAccess.Core.Policy.Validation
{
    /// <summary>The families of IAM condition operators ("IAM JSON policy elements: Condition operators").</summary>
    public enum ConditionOperatorKind { String, Numeric, Date, Boolean, Binary, IpAddress, Arn, Null }
}
