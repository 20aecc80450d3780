"""torch's top-level types and utilities: Tensor, dtype, device, Size, type limits, math
constants, tensor predicates, torch._assert/_check."""
from ..schema import entry, helper

_NO_INFERENCE = ("Jittor has no inference tensors: False, also for a tensor made under torch.inference_mode() "
                 "(PyTorch: True)")

ENTRIES = {
    # Tensor is a class in both: torch.Tensor annotations and isinstance() become jt.Var; a call,
    # PyTorch's legacy constructor (sizes or data), the helper's (rules/tensor_constructors.py).
    "torch.Tensor": entry("*args", "jt", "Var", "*args", rule="tensor_constructor"),
    # torch.FloatTensor(2, 3), torch.LongTensor([1, 2]): by argument kind, as torch.Tensor; in
    # isinstance(), a Var of that dtype.
    **{f"{namespace}.{name}": helper("*args, device=None", name, "*args, device=None")
       for namespace in ("torch", "torch.cuda")
       for name in ("FloatTensor DoubleTensor HalfTensor LongTensor IntTensor ShortTensor CharTensor ByteTensor "
                    "BoolTensor").split()},
    **{f"torch.{name}": helper("", name) for name in ("pi", "e", "inf", "nan")},
    # memory formats as values (Jittor keeps one layout; what takes them ignores or reports them)
    **{f"torch.{name}": helper("", name)
       for name in ("channels_last", "channels_last_3d", "contiguous_format", "preserve_format")},
    "torch.finfo": helper("type=None", "finfo"),
    "torch.iinfo": helper("type", "iinfo"),
    "torch.device": helper("type, index=None", "device"),
    "torch.dtype": helper("", "dtype"),
    "torch.Size": helper("sizes=()", "Size"),
    "torch.get_default_dtype": helper("", "get_default_dtype"),
    "torch.set_default_dtype": helper("d", "set_default_dtype",
                                      note="the helpers' creation functions follow it; layers create float32 parameters"),
    "torch.is_tensor": helper("obj", "is_tensor"),
    "torch.is_floating_point": entry("input", "t2j", "tensor_is_floating_point", "x", links={"input": "x"}),
    "torch.numel": helper("input", "numel"),
    # Jittor has no complex dtypes: a real tensor is not complex and is its own conjugate.
    **{f"torch.{name}": entry("input", "t2j", f"tensor_{name}", "x", links={"input": "x"})
       for name in "is_complex is_signed is_nonzero".split()},
    # self given the template's shape, its elements kept in order (Tensor.resize_as_)
    "torch.resize_as_": entry("input, the_template, *, memory_format=None", "t2j", "tensor_resize_as_",
                              "self, the_template", links={"input": "self"}, delete=["memory_format"]),
    # where Jittor computes every Var (-1: the CPU), and no inference tensors (inference_mode makes ordinary ones)
    "torch.get_device": entry("input", "t2j", "tensor_get_device", "self", links={"input": "self"}),
    "torch.is_inference": entry("input", "t2j", "tensor_is_inference", "self", links={"input": "self"},
                                note=_NO_INFERENCE),
    "torch.is_same_size": entry("input, other", "t2j", "tensor_is_same_size", "x, other", links={"input": "x"}),
    **{f"torch.{name}": entry("input", "t2j", "tensor_conj", "x", links={"input": "x"})
       for name in "conj resolve_conj resolve_neg conj_physical".split()},
    "torch.angle": entry("input, *, out=None", "t2j", "tensor_angle", "x", links={"input": "x"}, unsupported=["out"]),
    "torch._check": helper("cond, message=None", "check"),
    # settings Jittor has no counterpart for, kept and read back as set: thread pools (Jittor's own
    # are sized by the machine), deterministic algorithms (Jittor's CPU kernels are deterministic),
    # float32 matmul precision (TF32 on GPUs)
    "torch.set_num_threads": helper("int", "set_num_threads"),
    "torch.get_num_interop_threads": helper("", "get_num_interop_threads"),
    "torch.init_num_threads": helper("", "init_num_threads"),
    # anomaly mode and warn-always: recorded and read back (Jittor checks for neither)
    "torch.is_anomaly_enabled": helper("", "is_anomaly_enabled"),
    "torch.is_anomaly_check_nan_enabled": helper("", "is_anomaly_check_nan_enabled"),
    "torch.set_anomaly_enabled": helper("enabled, check_nan=True", "set_anomaly_enabled",
                                        note="recorded only: Jittor has no anomaly detection"),
    "torch.is_warn_always_enabled": helper("", "is_warn_always_enabled"),
    "torch.set_warn_always": helper("b", "set_warn_always"),
    # the build and its backends
    "torch.compiled_with_cxx11_abi": helper("", "compiled_with_cxx11_abi"),
    "torch.is_vulkan_available": helper("", "is_vulkan_available"),
    "torch.typename": helper("obj", "typename"),
    "torch.is_storage": helper("obj", "is_storage"),
    # printing: numpy's print options, which a Var's printed values follow
    "torch.set_printoptions": helper("precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, "
                                     "sci_mode=None", "set_printoptions",
                                     note="applied to numpy's print options: a Var prints its values with them "
                                          "(numpy arrays too); the text is Jittor's, not PyTorch's"),
    # where tensors are made: Jittor's one placement flag (jt.flags.use_cuda)
    "torch.get_default_device": helper("", "get_default_device"),
    "torch.set_default_device": helper("device", "set_default_device"),
    "torch.set_default_tensor_type": helper("t", "set_default_tensor_type",
                                            note="sets the default float dtype; a CUDA type does not move tensors "
                                                 "(Jittor places them by jt.flags.use_cuda)"),
    "torch.get_num_threads": helper("", "get_num_threads"),
    "torch.use_deterministic_algorithms": helper("mode, *, warn_only=False", "use_deterministic_algorithms"),
    "torch.are_deterministic_algorithms_enabled": helper("", "are_deterministic_algorithms_enabled"),
    "torch.is_deterministic_algorithms_warn_only_enabled": helper(
        "", "is_deterministic_algorithms_warn_only_enabled"),
    "torch.set_float32_matmul_precision": helper("precision", "set_float32_matmul_precision"),
    "torch.get_float32_matmul_precision": helper("", "get_float32_matmul_precision"),
    # real tensors only (Jittor has no complex dtypes): never a lazy conjugate or negative view
    **{f"torch.{name}": entry("input", "t2j", f"tensor_{name}", "self", links={"input": "self"})
       for name in "is_conj is_neg isreal".split()},
    "torch.fill": entry("input, value", "t2j", "tensor_fill", "x, value", links={"input": "x"}),
    "torch.zero_": entry("input", "t2j", "tensor_zero_", "x", links={"input": "x"}),
    "torch._assert": entry("condition, message", "t2j", "_assert", "condition, message"),
}
