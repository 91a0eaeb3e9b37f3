namespace OsAccess.Aws
{
    /// <summary>A key/value tag on an IAM or Organizations resource.</summary>
    public sealed class AwsTag
    {
        public AwsTag(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        public string Value { get; }

        public override string ToString() => Key + "=" + Value;
    }
}
