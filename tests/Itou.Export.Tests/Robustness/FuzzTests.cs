using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// Random and mutated spaces through the loader, the dialect and the writers: no exception, no hang,
/// no invalid file. The iteration count is modest by default (the suite stays well under two minutes
/// on two cores); set ITOU_FUZZ_ITERATIONS for a long local run, ITOU_FUZZ_SEED to replay a case.
/// Every case found is kept in RegressionTests.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 60;

    [Fact]
    public void Random_spaces_export_without_exception_hang_or_invalid_output()
    {
        var iterations = Iterations();
        var clock = Stopwatch.StartNew();
        SpaceGenerators.Space.Sample(ExportCheck.AssertExportsCleanly, output.WriteLine,
            seed: Environment.GetEnvironmentVariable("ITOU_FUZZ_SEED"), iter: iterations, threads: 1);
        output.WriteLine($"{iterations} random spaces exported in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Random_bytes_as_every_space_file_never_crash()
    {
        var files = Gen.Select(Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300], Gen.Byte.Array[0, 300],
            (readme, summary, config, vars) => new SpaceCase([("README.md", readme), ("SUMMARY.md", summary), (".gitbook.yaml", config), (".gitbook/vars.yaml", vars)]));
        files.Sample(ExportCheck.AssertExportsCleanly, output.WriteLine, seed: Environment.GetEnvironmentVariable("ITOU_FUZZ_SEED"),
            iter: Math.Max(1, Iterations() / 3), threads: 1);
    }

    private static int Iterations() =>
        int.TryParse(Environment.GetEnvironmentVariable("ITOU_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultIterations;
}
