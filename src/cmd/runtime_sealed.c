/* bulkhead's side of the sealed runtime: the container-facing commands run in
 * bulkhead-runtime, a small statically linked program that holds only the
 * runtime (src/runtime_main/), embedded here at build time. Each create, run
 * or exec writes it into a fresh memfd, seals the memfd and executes it.
 *
 * Why not a copy of bulkhead itself: bulkhead is linked against about fifty
 * shared libraries (libcurl, libarchive and what they pull in); loading and
 * relocating them again after the copy, and copying their page tables into
 * every fork of the container's setup, cost several times what the container
 * setup itself does. The embedded program has none of them. */
#include "cmd/runtime_sealed.h"
#include "runtime/runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

extern char **environ;

/* BULKHEAD_RUNTIME_IMAGE is the path of the built bulkhead-runtime (CMake). */
__asm__(".section .rodata.bh_runtime_image,\"a\",@progbits\n"
	".balign 64\n"
	".hidden bh_runtime_image\n"
	".globl bh_runtime_image\n"
	"bh_runtime_image:\n"
	".incbin \"" BULKHEAD_RUNTIME_IMAGE "\"\n"
	".hidden bh_runtime_image_end\n"
	".globl bh_runtime_image_end\n"
	"bh_runtime_image_end:\n"
	".previous\n");
extern const unsigned char bh_runtime_image[];
extern const unsigned char bh_runtime_image_end[];

int runtime_enter_sealed(char **argv)
{
	if (rt_running_sealed())
		return 0;
	/* Kernels with vm.memfd_noexec want executable memfds asked for; older
	 * ones do not know the flag. */
	int mfd = memfd_create("bulkhead-runtime", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC);
	if (mfd < 0 && errno == EINVAL)
		mfd = memfd_create("bulkhead-runtime", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (mfd < 0)
		return -1;
	size_t size = (size_t)(bh_runtime_image_end - bh_runtime_image);
	for (size_t done = 0; done < size;) {
		ssize_t n = write(mfd, bh_runtime_image + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto fail;
		done += (size_t)n;
	}
	if (fcntl(mfd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0)
		goto fail;
	fexecve(mfd, argv, environ);
fail:;
	int err = errno;
	close(mfd);
	errno = err;
	return -1;
}
