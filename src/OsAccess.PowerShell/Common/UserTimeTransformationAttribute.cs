using System;
using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Lets a DateTime parameter take a DateTimeOffset, which PowerShell cannot convert to DateTime by itself: it is
    /// handed on as the same instant in UTC, so the offset it was given with is kept. Everything else passes unchanged
    /// for PowerShell's own conversion; <see cref="OsAccess.Core.Time.UserTime"/> then reads it.
    /// </summary>
    public sealed class UserTimeTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PSObjectValue.Unwrap(inputData) is DateTimeOffset offset ? offset.UtcDateTime : inputData;
    }
}
