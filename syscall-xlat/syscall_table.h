/* Every AArch64 Linux system call, as one X-macro.
 *
 *   SC(number, name, kind, args, ret)
 *
 * number  from the asm-generic table arm64 uses
 *         (/usr/aarch64-linux-gnu/include/asm-generic/unistd.h with the arm64
 *         __ARCH_WANT_* set: RENAMEAT, NEW_STAT, SET_GET_RLIMIT, SYS_CLONE3,
 *         MEMFD_SECRET), never from the host's SYS_ macros.
 * kind    Y  handled by sys_<name>() in one of the syscall-xlat/ files;
 *         P  passed through to the host call SYS_<name> unchanged, because
 *            every argument, struct and flag set agrees between arm64 and
 *            x86-64 (see the notes below);
 *         N  not implemented: -ENOSYS, and a notice under --strace.
 * args    one character per argument, for --strace (see strace.c):
 *           d int  l long  u unsigned  x hex  o octal  p pointer
 *           s string  n path (see below)  b buffer (length is the next
 *           argument)  f fd
 *           a dirfd  O open flags  C open-style flags (no access mode)
 *           P mmap prot  M mmap flags  A AT_ flags  g signal
 *           F fcntl command  I ioctl request  h sigprocmask how  c clock
 * ret     'd' decimal, 'x' address, 'o' octal, 'n' does not return.
 *
 * Paths ('n') are resolved before any handler runs, in dispatch.c: the
 * guest string is read (EFAULT, ENAMETOOLONG as the kernel reports them),
 * an absolute path is looked up in the sysroot (common/sysroot.h), and the
 * handler or the host call gets a host pointer to the result.  A NULL path
 * stays NULL (utimensat takes one).
 *
 * Why the P entries are safe (both kernels are LP64 and x86-64 uses the
 * asm-generic definitions for all of these):
 *  - errno, signal numbers, SA_ flags, sigset_t (64 bits), siginfo (128 B);
 *  - iovec, timespec, timeval, itimerspec, itimerval, rlimit, rusage, tms,
 *    sysinfo, timex, utsname, sched_param, statfs (asm-generic, 120 B), statx,
 *    linux_dirent64, pollfd, fd_set, sigevent, mq_attr, cap headers;
 *  - sockets: sockaddr_*, msghdr, mmsghdr, cmsghdr (8-byte aligned on both),
 *    SOL_SOCKET/SO_* (x86-64 asm/socket.h is asm-generic), SOCK_NONBLOCK and
 *    SOCK_CLOEXEC equal O_NONBLOCK/O_CLOEXEC, which agree;
 *  - AT_* flags, RWF_*, MADV_*, MAP_ and PROT_ bits except the ones mem.c
 *    filters, RLIMIT_*, CLOCK_*, futex ops, EFD_/TFD_/IN_/MFD_ flags (they
 *    only use O_NONBLOCK/O_CLOEXEC among the open flags);
 *  - preadv/pwritev(2) take (pos_l, pos_h), which a 64-bit kernel combines the
 *    same way on both;  arm64 has sync_file_range (not ..._range2) and
 *    fadvise64 with x86-64's argument order;
 *  - System V IPC except semctl, shmat, shmdt (ipc.c): ipc64_perm,
 *    shmid64_ds, shminfo64, shm_info, msqid64_ds, msginfo, seminfo, sembuf
 *    and the msgbuf header agree; the command word's IPC_64 bit is refused
 *    by both kernels alike;
 *  - file_handle, fanotify event records, futex_waitv, keyctl parameter
 *    structs, quota structs (if_dqblk, if_dqinfo) and mount_attr are made
 *    of fixed-size fields (layouts.c): name_to_handle_at, fanotify_mark,
 *    futex_waitv, add_key, request_key, keyctl, quotactl(_fd), the new
 *    mount API; setns, kcmp, acct, swapon/swapoff, memfd_secret and
 *    process_mrelease take ints, paths and flags that agree.  (Paths
 *    inside fsconfig values and quotactl's Q_QUOTAON file are not looked up
 *    in the sysroot: they name devices and mounts, which it never holds.)
 * Calls that need translation (O_ flags, struct stat, epoll_event, signal
 * state, /proc/self/exe, memory, code invalidation) are Y.
 *
 * Deliberately N (ENOSYS, what a kernel built without the feature says),
 * besides calls still to come (ptrace):
 *  - io_setup ... io_pgetevents: kernel AIO, as without CONFIG_AIO (libaio
 *    users fall back; glibc's POSIX AIO uses threads);
 *  - io_uring_*: its ring would carry operations (paths, open flags, epoll
 *    events, statx) past every translation here;
 *  - perf_event_open: it would count ferry's x86-64 instructions; bpf:
 *    programs would attach to the host kernel; userfaultfd: its ioctls and
 *    fault events would need translating, and a registered range that
 *    ferry itself reads would block ferry; landlock_*: a ruleset would also
 *    bind ferry's own accesses (the sysroot, /proc);
 *  - mbind, get/set_mempolicy, migrate_pages, move_pages,
 *    set_mempolicy_home_node: no NUMA, as without CONFIG_NUMA;
 *    remap_file_pages (deprecated) and process_madvise (another process's
 *    memory, or this one's without madvise's guard) likewise absent;
 *  - pkey_*: as an arm64 kernel without POE (FEAT_S1POE);
 *  - seccomp: as without CONFIG_SECCOMP (a filter for arm64 numbers would
 *    judge ferry's x86-64 calls; prctl's seccomp options say EINVAL);
 *  - reboot, kexec_*, init_module, finit_module, delete_module: they act
 *    on the host kernel, which cannot load arm64 modules anyway;
 *  - lookup_dcookie, nfsservctl: removed from Linux;
 *  - rseq: see process.c.
 * Numbers above 450 (cachestat, fchmodat2, mseal, ...) are not in this
 * table: as on a 6.1 kernel, they are ENOSYS.
 */

#define SYSCALL_TABLE(SC) \
    SC(0, io_setup, N, "up", 'd') \
    SC(1, io_destroy, N, "x", 'd') \
    SC(2, io_submit, N, "xlp", 'd') \
    SC(3, io_cancel, N, "xpp", 'd') \
    SC(4, io_getevents, N, "xllpp", 'd') \
    SC(5, setxattr, P, "nspux", 'd') \
    SC(6, lsetxattr, P, "nspux", 'd') \
    SC(7, fsetxattr, P, "fspux", 'd') \
    SC(8, getxattr, P, "nspu", 'd') \
    SC(9, lgetxattr, P, "nspu", 'd') \
    SC(10, fgetxattr, P, "fspu", 'd') \
    SC(11, listxattr, P, "npu", 'd') \
    SC(12, llistxattr, P, "npu", 'd') \
    SC(13, flistxattr, P, "fpu", 'd') \
    SC(14, removexattr, P, "ns", 'd') \
    SC(15, lremovexattr, P, "ns", 'd') \
    SC(16, fremovexattr, P, "fs", 'd') \
    SC(17, getcwd, Y, "pu", 'd') \
    SC(18, lookup_dcookie, N, "xpu", 'd') \
    SC(19, eventfd2, P, "dx", 'd') \
    SC(20, epoll_create1, P, "x", 'd') \
    SC(21, epoll_ctl, Y, "fdfp", 'd') \
    SC(22, epoll_pwait, Y, "fpddpu", 'd') \
    SC(23, dup, P, "f", 'd') \
    SC(24, dup3, Y, "fdC", 'd') \
    SC(25, fcntl, Y, "fFx", 'd') \
    SC(26, inotify_init1, P, "C", 'd') \
    SC(27, inotify_add_watch, P, "fnx", 'd') \
    SC(28, inotify_rm_watch, P, "fd", 'd') \
    SC(29, ioctl, Y, "fIx", 'd') \
    SC(30, ioprio_set, P, "ddd", 'd') \
    SC(31, ioprio_get, P, "dd", 'd') \
    SC(32, flock, P, "fd", 'd') \
    SC(33, mknodat, P, "anox", 'd') \
    SC(34, mkdirat, P, "ano", 'd') \
    SC(35, unlinkat, P, "anA", 'd') \
    SC(36, symlinkat, P, "san", 'd') \
    SC(37, linkat, P, "ananA", 'd') \
    SC(38, renameat, P, "anan", 'd') \
    SC(39, umount2, P, "nx", 'd') \
    SC(40, mount, P, "snsxp", 'd') \
    SC(41, pivot_root, P, "nn", 'd') \
    SC(42, nfsservctl, N, "xxx", 'd') \
    SC(43, statfs, P, "np", 'd') \
    SC(44, fstatfs, P, "fp", 'd') \
    SC(45, truncate, P, "nl", 'd') \
    SC(46, ftruncate, P, "fl", 'd') \
    SC(47, fallocate, P, "fdll", 'd') \
    SC(48, faccessat, P, "and", 'd') \
    SC(49, chdir, P, "n", 'd') \
    SC(50, fchdir, P, "f", 'd') \
    SC(51, chroot, P, "n", 'd') \
    SC(52, fchmod, P, "fo", 'd') \
    SC(53, fchmodat, P, "ano", 'd') \
    SC(54, fchownat, P, "anddA", 'd') \
    SC(55, fchown, P, "fdd", 'd') \
    SC(56, openat, Y, "anOo", 'd') \
    SC(57, close, P, "f", 'd') \
    SC(58, vhangup, P, "", 'd') \
    SC(59, pipe2, Y, "pC", 'd') \
    SC(60, quotactl, P, "xndp", 'd') \
    SC(61, getdents64, Y, "fpu", 'd') \
    SC(62, lseek, P, "fld", 'd') \
    SC(63, read, P, "fpu", 'd') \
    SC(64, write, P, "fbu", 'd') \
    SC(65, readv, P, "fpd", 'd') \
    SC(66, writev, P, "fpd", 'd') \
    SC(67, pread64, P, "fpul", 'd') \
    SC(68, pwrite64, P, "fbul", 'd') \
    SC(69, preadv, P, "fpdl", 'd') \
    SC(70, pwritev, P, "fpdl", 'd') \
    SC(71, sendfile, P, "ffpu", 'd') \
    SC(72, pselect6, Y, "dppppp", 'd') \
    SC(73, ppoll, Y, "puppu", 'd') \
    SC(74, signalfd4, P, "fpuC", 'd') \
    SC(75, vmsplice, P, "fpux", 'd') \
    SC(76, splice, P, "fpfpux", 'd') \
    SC(77, tee, P, "ffux", 'd') \
    SC(78, readlinkat, Y, "anpu", 'd') \
    SC(79, newfstatat, Y, "anpA", 'd') \
    SC(80, fstat, Y, "fp", 'd') \
    SC(81, sync, P, "", 'd') \
    SC(82, fsync, P, "f", 'd') \
    SC(83, fdatasync, P, "f", 'd') \
    SC(84, sync_file_range, P, "fllx", 'd') \
    SC(85, timerfd_create, P, "cC", 'd') \
    SC(86, timerfd_settime, P, "fxpp", 'd') \
    SC(87, timerfd_gettime, P, "fp", 'd') \
    SC(88, utimensat, P, "anpA", 'd') \
    SC(89, acct, P, "n", 'd') \
    SC(90, capget, P, "pp", 'd') \
    SC(91, capset, P, "pp", 'd') \
    SC(92, personality, Y, "x", 'x') \
    SC(93, exit, Y, "d", 'n') \
    SC(94, exit_group, Y, "d", 'n') \
    SC(95, waitid, P, "ddpxp", 'd') \
    SC(96, set_tid_address, Y, "p", 'd') \
    SC(97, unshare, P, "x", 'd') \
    SC(98, futex, P, "pdupxx", 'd') \
    SC(99, set_robust_list, P, "pu", 'd') \
    SC(100, get_robust_list, P, "dpp", 'd') \
    SC(101, nanosleep, P, "pp", 'd') \
    SC(102, getitimer, P, "dp", 'd') \
    SC(103, setitimer, P, "dpp", 'd') \
    SC(104, kexec_load, N, "xupx", 'd') \
    SC(105, init_module, N, "pus", 'd') \
    SC(106, delete_module, N, "sx", 'd') \
    SC(107, timer_create, P, "cpp", 'd') \
    SC(108, timer_gettime, P, "dp", 'd') \
    SC(109, timer_getoverrun, P, "d", 'd') \
    SC(110, timer_settime, P, "dxpp", 'd') \
    SC(111, timer_delete, P, "d", 'd') \
    SC(112, clock_settime, P, "cp", 'd') \
    SC(113, clock_gettime, P, "cp", 'd') \
    SC(114, clock_getres, P, "cp", 'd') \
    SC(115, clock_nanosleep, P, "cxpp", 'd') \
    SC(116, syslog, P, "dpd", 'd') \
    SC(117, ptrace, N, "ddpp", 'd') \
    SC(118, sched_setparam, P, "dp", 'd') \
    SC(119, sched_setscheduler, P, "ddp", 'd') \
    SC(120, sched_getscheduler, P, "d", 'd') \
    SC(121, sched_getparam, P, "dp", 'd') \
    SC(122, sched_setaffinity, P, "dup", 'd') \
    SC(123, sched_getaffinity, P, "dup", 'd') \
    SC(124, sched_yield, P, "", 'd') \
    SC(125, sched_get_priority_max, P, "d", 'd') \
    SC(126, sched_get_priority_min, P, "d", 'd') \
    SC(127, sched_rr_get_interval, P, "dp", 'd') \
    SC(128, restart_syscall, N, "", 'd') \
    SC(129, kill, P, "dg", 'd') \
    SC(130, tkill, P, "dg", 'd') \
    SC(131, tgkill, P, "ddg", 'd') \
    SC(132, sigaltstack, Y, "pp", 'd') \
    SC(133, rt_sigsuspend, Y, "pu", 'd') \
    SC(134, rt_sigaction, Y, "gppu", 'd') \
    SC(135, rt_sigprocmask, Y, "hppu", 'd') \
    SC(136, rt_sigpending, Y, "pu", 'd') \
    SC(137, rt_sigtimedwait, Y, "pppu", 'd') \
    SC(138, rt_sigqueueinfo, P, "dgp", 'd') \
    SC(139, rt_sigreturn, Y, "", 'd') \
    SC(140, setpriority, P, "ddd", 'd') \
    SC(141, getpriority, P, "dd", 'd') \
    SC(142, reboot, N, "xxxp", 'd') \
    SC(143, setregid, P, "dd", 'd') \
    SC(144, setgid, P, "d", 'd') \
    SC(145, setreuid, P, "dd", 'd') \
    SC(146, setuid, P, "d", 'd') \
    SC(147, setresuid, P, "ddd", 'd') \
    SC(148, getresuid, P, "ppp", 'd') \
    SC(149, setresgid, P, "ddd", 'd') \
    SC(150, getresgid, P, "ppp", 'd') \
    SC(151, setfsuid, P, "d", 'd') \
    SC(152, setfsgid, P, "d", 'd') \
    SC(153, times, P, "p", 'd') \
    SC(154, setpgid, P, "dd", 'd') \
    SC(155, getpgid, P, "d", 'd') \
    SC(156, getsid, P, "d", 'd') \
    SC(157, setsid, P, "", 'd') \
    SC(158, getgroups, P, "dp", 'd') \
    SC(159, setgroups, P, "dp", 'd') \
    SC(160, uname, Y, "p", 'd') \
    SC(161, sethostname, P, "bu", 'd') \
    SC(162, setdomainname, P, "bu", 'd') \
    SC(163, getrlimit, P, "dp", 'd') \
    SC(164, setrlimit, P, "dp", 'd') \
    SC(165, getrusage, P, "dp", 'd') \
    SC(166, umask, P, "o", 'o') \
    SC(167, prctl, Y, "dxxxx", 'd') \
    SC(168, getcpu, P, "ppp", 'd') \
    SC(169, gettimeofday, P, "pp", 'd') \
    SC(170, settimeofday, P, "pp", 'd') \
    SC(171, adjtimex, P, "p", 'd') \
    SC(172, getpid, P, "", 'd') \
    SC(173, getppid, P, "", 'd') \
    SC(174, getuid, P, "", 'd') \
    SC(175, geteuid, P, "", 'd') \
    SC(176, getgid, P, "", 'd') \
    SC(177, getegid, P, "", 'd') \
    SC(178, gettid, P, "", 'd') \
    SC(179, sysinfo, P, "p", 'd') \
    SC(180, mq_open, P, "sOop", 'd') \
    SC(181, mq_unlink, P, "s", 'd') \
    SC(182, mq_timedsend, P, "fbudp", 'd') \
    SC(183, mq_timedreceive, P, "fpupp", 'd') \
    SC(184, mq_notify, P, "fp", 'd') \
    SC(185, mq_getsetattr, P, "fpp", 'd') \
    SC(186, msgget, P, "dx", 'd') \
    SC(187, msgctl, P, "ddp", 'd') \
    SC(188, msgrcv, P, "dpulx", 'd') \
    SC(189, msgsnd, P, "dpux", 'd') \
    SC(190, semget, P, "ddx", 'd') \
    SC(191, semctl, Y, "dddx", 'd') \
    SC(192, semtimedop, P, "dpup", 'd') \
    SC(193, semop, P, "dpu", 'd') \
    SC(194, shmget, P, "dux", 'd') \
    SC(195, shmctl, P, "ddp", 'd') \
    SC(196, shmat, Y, "dpx", 'x') \
    SC(197, shmdt, Y, "p", 'd') \
    SC(198, socket, P, "ddd", 'd') \
    SC(199, socketpair, P, "dddp", 'd') \
    SC(200, bind, P, "fpu", 'd') \
    SC(201, listen, P, "fd", 'd') \
    SC(202, accept, P, "fpp", 'd') \
    SC(203, connect, P, "fpu", 'd') \
    SC(204, getsockname, P, "fpp", 'd') \
    SC(205, getpeername, P, "fpp", 'd') \
    SC(206, sendto, P, "fbuxpu", 'd') \
    SC(207, recvfrom, P, "fpuxpp", 'd') \
    SC(208, setsockopt, P, "fddpu", 'd') \
    SC(209, getsockopt, P, "fddpp", 'd') \
    SC(210, shutdown, P, "fd", 'd') \
    SC(211, sendmsg, P, "fpx", 'd') \
    SC(212, recvmsg, P, "fpx", 'd') \
    SC(213, readahead, P, "flu", 'd') \
    SC(214, brk, Y, "p", 'x') \
    SC(215, munmap, Y, "pu", 'd') \
    SC(216, mremap, Y, "puuxp", 'x') \
    SC(217, add_key, P, "ssbud", 'd') \
    SC(218, request_key, P, "sssd", 'd') \
    SC(219, keyctl, P, "dxxxx", 'd') \
    SC(220, clone, Y, "xpppp", 'd') \
    SC(221, execve, Y, "npp", 'd') \
    SC(222, mmap, Y, "puPMfl", 'x') \
    SC(223, fadvise64, P, "flld", 'd') \
    SC(224, swapon, P, "nx", 'd') \
    SC(225, swapoff, P, "n", 'd') \
    SC(226, mprotect, Y, "puP", 'd') \
    SC(227, msync, Y, "pux", 'd') \
    SC(228, mlock, Y, "pu", 'd') \
    SC(229, munlock, Y, "pu", 'd') \
    SC(230, mlockall, P, "x", 'd') \
    SC(231, munlockall, P, "", 'd') \
    SC(232, mincore, Y, "pup", 'd') \
    SC(233, madvise, Y, "pud", 'd') \
    SC(234, remap_file_pages, N, "puddx", 'd') \
    SC(235, mbind, N, "pudpux", 'd') \
    SC(236, get_mempolicy, N, "ppupx", 'd') \
    SC(237, set_mempolicy, N, "dpu", 'd') \
    SC(238, migrate_pages, N, "dupp", 'd') \
    SC(239, move_pages, N, "dupppx", 'd') \
    SC(240, rt_tgsigqueueinfo, P, "ddgp", 'd') \
    SC(241, perf_event_open, N, "pddfx", 'd') \
    SC(242, accept4, P, "fppC", 'd') \
    SC(243, recvmmsg, P, "fpdxp", 'd') \
    SC(260, wait4, P, "dpxp", 'd') \
    SC(261, prlimit64, P, "ddpp", 'd') \
    SC(262, fanotify_init, Y, "xx", 'd') \
    SC(263, fanotify_mark, P, "fxxan", 'd') \
    SC(264, name_to_handle_at, P, "anppA", 'd') \
    SC(265, open_by_handle_at, Y, "fpO", 'd') \
    SC(266, clock_adjtime, P, "cp", 'd') \
    SC(267, syncfs, P, "f", 'd') \
    SC(268, setns, P, "fx", 'd') \
    SC(269, sendmmsg, P, "fpdx", 'd') \
    SC(270, process_vm_readv, P, "dpupux", 'd') \
    SC(271, process_vm_writev, P, "dpupux", 'd') \
    SC(272, kcmp, P, "dddxx", 'd') \
    SC(273, finit_module, N, "fsx", 'd') \
    SC(274, sched_setattr, P, "dpx", 'd') \
    SC(275, sched_getattr, P, "dpux", 'd') \
    SC(276, renameat2, P, "ananx", 'd') \
    SC(277, seccomp, N, "dxp", 'd') \
    SC(278, getrandom, Y, "pux", 'd') \
    SC(279, memfd_create, P, "sx", 'd') \
    SC(280, bpf, N, "dpu", 'd') \
    SC(281, execveat, Y, "anppA", 'd') \
    SC(282, userfaultfd, N, "x", 'd') \
    SC(283, membarrier, P, "dxd", 'd') \
    SC(284, mlock2, Y, "pux", 'd') \
    SC(285, copy_file_range, P, "fpfpux", 'd') \
    SC(286, preadv2, P, "fpdllx", 'd') \
    SC(287, pwritev2, P, "fpdllx", 'd') \
    SC(288, pkey_mprotect, N, "puPd", 'd') \
    SC(289, pkey_alloc, N, "xx", 'd') \
    SC(290, pkey_free, N, "d", 'd') \
    SC(291, statx, Y, "anAxp", 'd') \
    SC(292, io_pgetevents, N, "xllppp", 'd') \
    SC(293, rseq, Y, "puxx", 'd') \
    SC(294, kexec_file_load, N, "ffusx", 'd') \
    SC(424, pidfd_send_signal, P, "fgpx", 'd') \
    SC(425, io_uring_setup, N, "up", 'd') \
    SC(426, io_uring_enter, N, "fuuxpu", 'd') \
    SC(427, io_uring_register, N, "fupu", 'd') \
    SC(428, open_tree, P, "anx", 'd') \
    SC(429, move_mount, P, "ananx", 'd') \
    SC(430, fsopen, P, "sx", 'd') \
    SC(431, fsconfig, P, "fdspd", 'd') \
    SC(432, fsmount, P, "fxx", 'd') \
    SC(433, fspick, P, "anx", 'd') \
    SC(434, pidfd_open, P, "dx", 'd') \
    SC(435, clone3, Y, "pu", 'd') \
    SC(436, close_range, Y, "uux", 'd') \
    SC(437, openat2, Y, "anpu", 'd') \
    SC(438, pidfd_getfd, P, "ffx", 'd') \
    SC(439, faccessat2, P, "andA", 'd') \
    SC(440, process_madvise, N, "fpudx", 'd') \
    SC(441, epoll_pwait2, Y, "fpdppu", 'd') \
    SC(442, mount_setattr, P, "anxpu", 'd') \
    SC(443, quotactl_fd, P, "fxdp", 'd') \
    SC(444, landlock_create_ruleset, N, "pux", 'd') \
    SC(445, landlock_add_rule, N, "fdpx", 'd') \
    SC(446, landlock_restrict_self, N, "fx", 'd') \
    SC(447, memfd_secret, P, "x", 'd') \
    SC(448, process_mrelease, P, "fx", 'd') \
    SC(449, futex_waitv, P, "pxxpd", 'd') \
    SC(450, set_mempolicy_home_node, N, "uuux", 'd')

/* One past the highest number above (__NR_syscalls). */
#define GUEST_NR_SYSCALLS 451

/* Guest syscall numbers by name: GUEST_NR_openat, ... */
#define SC_ENUM(nr, name, kind, args, ret) GUEST_NR_##name = nr,
enum guest_syscall_nr { SYSCALL_TABLE(SC_ENUM) };
#undef SC_ENUM
