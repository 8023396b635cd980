/* The guest vDSO image, embedded in ferry as read-only data: the arm64
 * shared object the Makefile builds from loader/vdso/ (found through -I,
 * in $(BUILD)/vdso).  loader/vdso.c maps a copy into the guest. */
        .section .rodata
        .balign 16
        .globl  ferry_vdso_image
        .hidden ferry_vdso_image
        .globl  ferry_vdso_image_end
        .hidden ferry_vdso_image_end
ferry_vdso_image:
        .incbin "vdso.so"
ferry_vdso_image_end:

        .section .note.GNU-stack, "", @progbits
