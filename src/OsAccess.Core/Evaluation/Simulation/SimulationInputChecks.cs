using System.Collections.Generic;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>
    /// The checks a <see cref="PolicySimulationInput"/> passes before anything is evaluated: no list is null, no value in
    /// one is null, and every resource is "*" or an ARN. Each failure names the input and says what to give instead.
    /// </summary>
    internal static class SimulationInputChecks
    {
        /// <summary>The list, or a <see cref="PolicyInputException"/> when it or one of its values is null.</summary>
        public static IReadOnlyList<T> NoNulls<T>(IReadOnlyList<T>? list, string input, string fix) where T : class
        {
            if (list == null) throw new PolicyInputException(input, $"got null; {fix}");
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] == null) throw new PolicyInputException(input, $"value {i + 1} of {list.Count} is null; {fix}");
            }
            return list;
        }

        public static IReadOnlyList<string> Resources(IReadOnlyList<string>? resources)
        {
            const string Fix = "give resource ARNs, or leave ResourceArn out to test \"*\".";
            NoNulls(resources, "ResourceArn", Fix);
            if (resources!.Count == 0) throw new PolicyInputException("ResourceArn", $"no values, so there is nothing to test; {Fix}");
            for (var i = 0; i < resources.Count; i++)
            {
                var problem = ArnFormat.Problem(resources[i]);
                if (problem != null) throw new PolicyInputException("ResourceArn", $"\"{resources[i]}\" is not a resource: {problem}.");
            }
            return resources;
        }
    }
}
