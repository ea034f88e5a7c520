namespace AliaBatch.Documents;

/// <summary>
/// Long-lived background threads with a large stack that run one parse at a time. Starting a thread per document
/// (and mapping and unmapping its stack) cost more than parsing a small text; these are reused instead. A thread
/// whose parse was abandoned at its deadline stays busy until the parser returns, so the pool grows with the
/// parses in flight and shrinks again as threads sit idle.
/// </summary>
internal sealed class ParseThreads(int stackBytes, TimeSpan idleLifetime)
{
    private readonly Lock _gate = new();
    private readonly List<Worker> _idle = [];
    private int _started;
    private int _retired;

    /// <summary>Threads started so far: reuse shows as this staying put.</summary>
    public int Started => Read(ref _started);

    /// <summary>Threads that exited after sitting idle for the idle lifetime.</summary>
    public int Retired => Read(ref _retired);

    /// <summary>Threads waiting for work now.</summary>
    public int Idle
    {
        get
        {
            lock (_gate)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on an idle thread, or a new one when none is idle, in the caller's execution
    /// context (as a thread started for it would); returns at once.
    /// </summary>
    public void Run(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var context = ExecutionContext.Capture();
        if (context is not null)
        {
            var inner = work;
            work = () => ExecutionContext.Run(context, static state => ((Action)state!)(), inner);
        }

        Worker? worker = null;
        lock (_gate)
        {
            if (_idle.Count > 0)
            {
                worker = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
            }
            else
            {
                _started++;
            }
        }

        if (worker is not null)
        {
            worker.Hand(work);
            return;
        }

        worker = new Worker(work);
        // UnsafeStart: the thread outlives this caller, so it must not keep the caller's context for later work.
        new Thread(() => Loop(worker), stackBytes) { IsBackground = true, Name = "AliaBatch document parse" }.UnsafeStart();
    }

    private void Loop(Worker worker)
    {
        while (true)
        {
            worker.RunNext();
            lock (_gate)
            {
                _idle.Add(worker);
            }

            if (worker.WaitForWork(idleLifetime))
            {
                continue;
            }

            lock (_gate)
            {
                // Still listed as idle: nobody handed it work, so it may go. Otherwise Run took it and is handing over.
                if (_idle.Remove(worker))
                {
                    _retired++;
                    worker.Dispose();
                    return;
                }
            }

            worker.WaitForWork(Timeout.InfiniteTimeSpan);
        }
    }

    private int Read(ref int counter)
    {
        lock (_gate)
        {
            return counter;
        }
    }

    private sealed class Worker(Action first) : IDisposable
    {
        // No spinning before blocking: on a machine with few cores a spinning idle parse thread takes the core the
        // caller needs (a semaphore's spin cost about 0.1 ms of CPU per document on two cores).
        private readonly ManualResetEventSlim _ready = new(initialState: false, spinCount: 0);
        private Action? _next = first;

        // Only one caller hands work to a worker at a time: Run removes it from the idle list first.
        public void Hand(Action work)
        {
            _next = work;
            _ready.Set();
        }

        public bool WaitForWork(TimeSpan timeout)
        {
            if (!_ready.Wait(timeout))
            {
                return false;
            }

            _ready.Reset();
            return true;
        }

        // The work catches its own exceptions (ParseDeadline completes a task with them).
        public void RunNext()
        {
            var work = _next!;
            _next = null;
            work();
        }

        public void Dispose() => _ready.Dispose();
    }
}
