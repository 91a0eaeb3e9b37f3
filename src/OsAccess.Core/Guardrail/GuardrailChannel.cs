namespace OsAccess.Core.Guardrail
{
    /// <summary>Which ways onto an instance's operating system the guardrail SCP closes to everyone but the exempt roles.</summary>
    public enum GuardrailChannel
    {
        /// <summary>Session Manager's <c>ssm:StartSession</c> only: the original design's SCP.</summary>
        Session,

        /// <summary>
        /// Every way onto the OS that AWS offers through its APIs: sessions, Fleet Manager RDP, EC2 Instance Connect,
        /// the serial console, Windows passwords, Run Command, associations and automation (see <see cref="GuardrailChannels"/>).
        /// </summary>
        All,
    }
}
