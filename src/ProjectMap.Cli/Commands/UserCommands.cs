using System.CommandLine;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Users;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap user add|list|set|passwd|disable|enable</c>: the web viewer's accounts; every change is written to the audit log.</summary>
public static class UserCommands
{
    /// <summary>Creates the <c>user</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("user", "Web viewer users: admin (users, projects), officer (uploads and ledger edits for assigned projects), leader (read-only)");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Set(context));
        command.Subcommands.Add(Passwd(context));
        command.Subcommands.Add(Enable(context, disable: true));
        command.Subcommands.Add(Enable(context, disable: false));
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "Login name: letters (Chinese too), digits, '.', '_', '-' or '@'; unique regardless of case" };

    private static Option<string> RoleOption(bool required) => new("--role") { Description = "admin, officer or leader", Required = required };

    private static Option<string?> ProjectsOption() => new("--projects") { Description = "Comma-separated project codes an officer may edit, e.g. WJ2023-001,WJ2023-002" };

    private static Option<string?> DisplayNameOption() => new("--display-name") { Description = "A name to show instead of the login name, e.g. 张三" };

    private static Option<bool> PasswordStdinOption() => new("--password-stdin") { Description = "Read the password from the first line of standard input (else a random one is generated and printed once)" };

    private static Option<bool> JsonOption(string what) => new("--json") { Description = what };

    private static Command Add(CliContext context)
    {
        var name = NameArgument();
        var role = RoleOption(required: true);
        var projects = ProjectsOption();
        var displayName = DisplayNameOption();
        var passwordStdin = PasswordStdinOption();
        var json = JsonOption("Print the new account (and a generated password) as JSON");
        var command = new Command("add", "Add a user with a role; officers get --projects; the password comes from --password-stdin or is generated")
        {
            name, role, projects, displayName, passwordStdin, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var userName = UserName.Parse(parse.GetValue(name));
            var userRole = UserRoles.Parse(parse.GetValue(role));
            var codes = ParseProjects(parse.GetValue(projects));
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? PasswordHasher.Generate() : await ReadPasswordAsync(context).ConfigureAwait(false);
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            var user = await AuditedAsync(store, "user.add", userName.Value, $"role={UserRoles.Name(userRole)} projects={string.Join(',', codes)}", () =>
                new UserService(store, new PasswordHasher()).AddAsync(userName, userRole, codes, password, parse.GetValue(displayName), ct), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new { user = Describe(user), generatedPassword = generated ? password : null }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync($"added {UserRoles.Name(user.Role)} '{user.Name}'{ProjectsText(user)} to {store.Location}").ConfigureAwait(false);
            if (generated)
            {
                await context.Out.WriteLineAsync($"password: {password}  (generated; shown only now, only its hash is stored)").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = JsonOption("Print a JSON array of accounts (no password hashes)");
        var command = new Command("list", "List users with role, assigned projects and whether they are disabled") { json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var users = await store.Users.ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(users.Select(Describe)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("name", "display name", "role", "projects", "state");
            foreach (var u in users)
            {
                table.Add(u.Name.Value, u.DisplayName ?? "-", UserRoles.Name(u.Role), u.Projects.Count == 0 ? "-" : string.Join(',', u.Projects), u.Disabled ? "disabled" : "active");
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Set(CliContext context)
    {
        var name = NameArgument();
        var role = RoleOption(required: true);
        var projects = ProjectsOption();
        var displayName = DisplayNameOption();
        var command = new Command("set", "Change a user's role and assigned projects (the list replaces the old one)") { name, role, projects, displayName };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var userName = UserName.Parse(parse.GetValue(name));
            var userRole = UserRoles.Parse(parse.GetValue(role));
            var codes = ParseProjects(parse.GetValue(projects));
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var user = await AuditedAsync(store, "user.set", userName.Value, $"role={UserRoles.Name(userRole)} projects={string.Join(',', codes)}", () =>
                new UserService(store, new PasswordHasher()).SetRoleAsync(userName, userRole, codes, parse.GetValue(displayName), ct), ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"'{user.Name}' is now {UserRoles.Name(user.Role)}{ProjectsText(user)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Passwd(CliContext context)
    {
        var name = NameArgument();
        var passwordStdin = PasswordStdinOption();
        var command = new Command("passwd", "Set a new password for a user (from --password-stdin, or generated and printed once)") { name, passwordStdin };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var userName = UserName.Parse(parse.GetValue(name));
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? PasswordHasher.Generate() : await ReadPasswordAsync(context).ConfigureAwait(false);
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            await AuditedAsync(store, "user.password", userName.Value, string.Empty, () =>
                new UserService(store, new PasswordHasher()).SetPasswordAsync(userName, password, ct), ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync(generated ? $"new password for '{userName}': {password}  (shown only now)" : $"password of '{userName}' changed").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Enable(CliContext context, bool disable)
    {
        var name = NameArgument();
        var command = new Command(disable ? "disable" : "enable", disable ? "Stop a user from logging in (the account and its audit history are kept)" : "Let a disabled user log in again") { name };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var userName = UserName.Parse(parse.GetValue(name));
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            await AuditedAsync(store, disable ? "user.disable" : "user.enable", userName.Value, string.Empty, () =>
                new UserService(store, new PasswordHasher()).SetDisabledAsync(userName, disable, ct), ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"'{userName}' {(disable ? "disabled" : "enabled")}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Runs a user change and records it in the audit log as done, or as failed with the reason before rethrowing.</summary>
    private static async Task<T> AuditedAsync<T>(IProjectMapStore store, string action, string target, string detail, Func<Task<T>> change, CancellationToken ct)
    {
        var who = Environment.UserName;
        try
        {
            var result = await change().ConfigureAwait(false);
            await store.Audit.AppendAsync(new AuditEntry(0, DateTimeOffset.UtcNow, who, action, target, AuditOutcome.Done, detail, "cli"), ct).ConfigureAwait(false);
            return result;
        }
        catch (Exception e) when (e is StoreException or UserRuleException)
        {
            await store.Audit.AppendAsync(new AuditEntry(0, DateTimeOffset.UtcNow, who, action, target, AuditOutcome.Failed, e.Message, "cli"), ct).ConfigureAwait(false);
            throw new CliException(e.Message, e);
        }
    }

    private static List<ProjectCode> ParseProjects(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ProjectCode.Parse).ToList();

    private static async Task<string> ReadPasswordAsync(CliContext context)
    {
        var line = await context.In.ReadLineAsync().ConfigureAwait(false);
        if (line is null)
        {
            throw new CliException("--password-stdin: standard input is empty; pipe the password, e.g. printf '%s\\n' \"$PW\" | projectmap user add …");
        }

        return line.TrimEnd('\r');
    }

    private static string ProjectsText(UserAccount user) => user.Projects.Count == 0 ? string.Empty : $" for {string.Join(", ", user.Projects)}";

    private static object Describe(UserAccount u) => new
    {
        name = u.Name.Value,
        displayName = u.DisplayName,
        role = UserRoles.Name(u.Role),
        projects = u.Projects.Select(p => p.Value),
        disabled = u.Disabled,
        createdAt = u.CreatedAt,
    };
}
