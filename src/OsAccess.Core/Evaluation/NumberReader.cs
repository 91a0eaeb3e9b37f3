using System.Globalization;

namespace OsAccess.Core.Evaluation
{
    /// <summary>How Numeric* operators read values: invariant-culture decimal or exponent notation.</summary>
    internal static class NumberReader
    {
        public static readonly ValueReader<double> Read = TryRead;

        public static bool TryRead(string text, out double number) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
