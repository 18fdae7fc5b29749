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

    /// <summary>The cache home of a run, inside its working directory (remote pictures in <c>itou-export/images</c> under it).</summary>
    public const string CacheFolder = ".cache";

    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, args, whileRunning: null);

    /// <summary>Runs the CLI; <paramref name="whileRunning"/> gets the running process (to signal it, say).</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, string[] args, Func<CliRunning, Task>? whileRunning)
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
        // The exports' cache of remote pictures goes beside the run, not into the user's own (Linux: XDG).
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(workingDirectory, CacheFolder);

        using var process = Process.Start(start)!;
        var running = new CliRunning(process.Id);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = running.ReadErrorAsync(process.StandardError);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            if (whileRunning is not null)
                await whileRunning(running).WaitAsync(timeout.Token);
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

/// <summary>A CLI process while it runs: its id, and what it has printed on standard error so far.</summary>
internal sealed class CliRunning(int pid)
{
    private readonly StringBuilder error = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> awaited = [];

    public int Pid => pid;

    /// <summary>Completes when a line of standard error contains <paramref name="text"/> (fails if the process ends first).</summary>
    public Task ErrorLineContaining(string text)
    {
        lock (error)
        {
            if (error.ToString().Contains(text, StringComparison.Ordinal))
                return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            awaited.Add((text, seen));
            return seen.Task;
        }
    }

    public async Task<string> ReadErrorAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (error)
            {
                error.Append(line).Append('\n');
                foreach (var (text, seen) in awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
                    seen.TrySetResult();
            }
        }
        lock (error)
        {
            foreach (var (text, seen) in awaited)
                seen.TrySetException(new InvalidOperationException($"the CLI ended without printing '{text}':\n{error}"));
            return error.ToString();
        }
    }
}
