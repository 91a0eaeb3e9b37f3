using System;
using System.Collections.Generic;
using System.IO;

namespace OsAccess.Core.Aws
{
    /// <summary>
    /// The IAM action names of the services OsAccess reasons about (ssm, ssmmessages, ssm-guiconnect, ec2,
    /// ec2-instance-connect, sts, iam, organizations), generated from AWS's service models by tools/iam-actions/generate.py
    /// into IamActionNames.txt, which is embedded in this assembly.
    /// </summary>
    public static class IamActionNames
    {
        private static readonly Lazy<IReadOnlyList<string>> Names = new Lazy<IReadOnlyList<string>>(Load);

        /// <summary>Every name, as <c>service:Action</c>, ordered by service and then by action.</summary>
        public static IReadOnlyList<string> All => Names.Value;

        private static IReadOnlyList<string> Load()
        {
            using var stream = typeof(IamActionNames).Assembly.GetManifestResourceStream("OsAccess.Core.Aws.IamActionNames.txt")
                ?? throw new InvalidOperationException("OsAccess.Core was built without IamActionNames.txt.");
            using var reader = new StreamReader(stream);
            var names = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length > 0 && line[0] != '#') names.Add(line);
            }
            return names;
        }
    }
}
