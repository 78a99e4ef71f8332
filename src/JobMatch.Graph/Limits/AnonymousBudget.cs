using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobMatch.Graph.Limits;

/// <summary>
/// One budget shared by every request without a token, whatever its source address: addresses are cheap to an
/// attacker (a botnet, IPv6, a loopback range), so the per-address window alone does not bound what strangers cost.
/// It is per instance, like every limiter here.
/// </summary>
public sealed class AnonymousBudget(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly Lazy<FixedWindowRateLimiter> shared = new(() => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.Value.AnonymousRequestsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    }));

    /// <summary>A limiter for one address: its own window first, so one noisy address cannot spend the shared budget, then the shared one.</summary>
    public RateLimiter For(RateLimiter perAddress) => new Chained(perAddress, shared.Value);

    public void Dispose()
    {
        if (shared.IsValueCreated)
            shared.Value.Dispose();
    }

    /// <summary>Both limiters must grant; the shared one outlives this address's partition, so only the address's own is disposed with it.</summary>
    private sealed class Chained(RateLimiter own, RateLimiter shared) : RateLimiter
    {
        public override TimeSpan? IdleDuration => own.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => own.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            var first = own.AttemptAcquire(permitCount);
            if (!first.IsAcquired)
                return first;
            var second = shared.AttemptAcquire(permitCount);
            if (second.IsAcquired)
                second.Dispose();
            else
                first.Dispose();
            return second.IsAcquired ? first : second;
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            new(AttemptAcquireCore(permitCount));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                own.Dispose();
            base.Dispose(disposing);
        }
    }
}
