using FluentAssertions;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Tests.Gateway;

internal static class ConditionAssertions
{
    public static Condition Should(this IEnumerable<Condition> conditions, string type, string status, string reason)
    {
        var condition = conditions.Should().ContainSingle(c => c.Type == type).Subject;
        condition.Status.Should().Be(status, $"{type} is {condition.Status}/{condition.Reason}: {condition.Message}");
        condition.Reason.Should().Be(reason, condition.Message);
        return condition;
    }
}
