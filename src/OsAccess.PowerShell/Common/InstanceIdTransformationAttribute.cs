using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Lets instances be given as AWS.Tools' Get-EC2Instance hands them out, whichever AWSSDK.EC2 they come from: a
    /// <c>Reservation</c> (each of its <c>Instances</c>), an <c>Instance</c> (its <c>InstanceId</c>), lists of them, or
    /// text (an instance id, a managed node id). Read through PowerShell's adapter, so no AWSSDK type is bound.
    /// </summary>
    public sealed class InstanceIdTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (inputData == null)
            {
                return null;
            }

            var ids = new List<string>();
            Add(inputData, ids);
            return ids.ToArray();
        }

        private static void Add(object? value, List<string> ids)
        {
            value = PSObjectValue.Unwrap(value);
            switch (value)
            {
                case null:
                    return;
                case string text:
                    ids.Add(text);
                    return;
                case IEnumerable many:
                    foreach (var item in many)
                    {
                        Add(item, ids);
                    }

                    return;
            }

            var wrapped = PSObject.AsPSObject(value);
            if (wrapped.Properties["InstanceId"]?.Value is string id)
            {
                ids.Add(id);
            }
            else if (wrapped.Properties["Instances"]?.Value is IEnumerable instances)
            {
                Add(instances, ids);
            }
            else
            {
                ids.Add(wrapped.ToString());
            }
        }
    }
}
