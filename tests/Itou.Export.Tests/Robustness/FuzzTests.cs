using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// Random and mutated spaces through the loader, the dialect and the writers: no exception, no hang,
/// no invalid file. The iteration count is modest by default (the suite stays well under two minutes
/// on two cores); set ITOU_FUZZ_ITERATIONS for a long local run, ITOU_FUZZ_SEED to explore other cases.
/// CI runs a fixed seed, so that a pass or a failure there can be replayed; every case found is kept in
/// RegressionTests.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 25;
    private const string DefaultSeed = "0N0XIzNmUj9g";

    [Fact]
    public void Random_spaces_export_without_exception_hang_or_invalid_output() =>
        Run(SpaceGenerators.Space, Iterations());

    [Fact]
    public void Random_bytes_as_every_space_file_never_crash() =>
        Run(Gen.Select(Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300],
            (readme, summary, config, vars) => new SpaceCase([("README.md", readme), ("SUMMARY.md", summary), (".gitbook.yaml", config), (".gitbook/vars.yaml", vars)])),
            Math.Max(1, Iterations() / 3));

    // Failures are collected rather than thrown so that one long run reports every kind of problem it
    // meets (one case each, by the first line of the problem), not just the first.
    private void Run(Gen<SpaceCase> spaces, int iterations)
    {
        var failures = new ConcurrentDictionary<string, (SpaceCase Case, string Problem)>();
        var clock = Stopwatch.StartNew();
        spaces.Sample(spaceCase =>
        {
            if (ExportCheck.Run(spaceCase) is { } problem)
                failures.TryAdd(Kind(problem), (spaceCase, problem));
        }, output.WriteLine, seed: Environment.GetEnvironmentVariable("ITOU_FUZZ_SEED") ?? DefaultSeed, iter: iterations, threads: 1);
        output.WriteLine($"{iterations} random spaces exported in {clock.Elapsed.TotalSeconds:F1} s, {failures.Count} kind(s) of failure");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Values.Select(f => $"{f.Problem}\n{f.Case}")));
    }

    private static string Kind(string problem)
    {
        var firstLine = problem.Split('\n')[0];
        var at = firstLine.IndexOf(" at ", StringComparison.Ordinal);
        return at < 0 ? firstLine[..Math.Min(firstLine.Length, 160)] : firstLine[..at];
    }

    private static int Iterations() =>
        int.TryParse(Environment.GetEnvironmentVariable("ITOU_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultIterations;
}
