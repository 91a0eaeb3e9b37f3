namespace OsAccess.Aws.Http
{
    /// <summary>Receives a record of every attempt; may be called from any thread.</summary>
    public interface IAwsCallLog
    {
        void Record(AwsCallRecord record);
    }
}
