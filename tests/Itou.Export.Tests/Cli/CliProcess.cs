using System.Diagnostics;
using System.Text;

namespace Itou.Export.Tests.Cli;

/// <summary>What a run of the built CLI printed and how it ended.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    /// <summary>Asserts the exit code (showing everything printed when it differs) and texts of standard error.</summary>
    public void AssertExit(int exitCode, params string[] inError)
    {
        Assert.True(ExitCode == exitCode, ToString());
        foreach (var text in inError)
            Assert.Contains(text, Error, StringComparison.Ordinal);
    }
}

/// <summary>
/// Runs the built <c>itou-export.dll</c> (copied beside the tests by the project reference) as a
/// separate process, the way a user or a CI job does: real arguments, real exit code, redirected output.
/// </summary>
internal static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "itou-export.dll");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, args, whileRunning: null);

    /// <summary>Runs the CLI; <paramref name="whileRunning"/> gets the process id while it runs (to signal it, say).</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, string[] args, Func<int, Task>? whileRunning)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            if (whileRunning is not null)
                await whileRunning(process.Id);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"itou-export {string.Join(' ', args)} ran longer than {Timeout}");
        }
        return new CliRun(process.ExitCode, await output, await error);
    }
}
