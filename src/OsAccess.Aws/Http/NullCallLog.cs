namespace OsAccess.Aws.Http
{
    public sealed class NullCallLog : IAwsCallLog
    {
        public static readonly NullCallLog Instance = new NullCallLog();

        public void Record(AwsCallRecord record)
        {
        }
    }
}
