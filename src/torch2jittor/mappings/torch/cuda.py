"""torch.cuda, torch.accelerator and torch.backends queries and settings, seeding: Jittor places
every Var by jt.flags.use_cuda (set when the script builds a CUDA device, runtime misc.device)."""
from ..schema import helper

ENTRIES = {
    "torch.cuda.manual_seed": helper("seed", "manual_seed"),
    "torch.cuda.manual_seed_all": helper("seed", "manual_seed"),
    "torch.cuda.is_available": helper("", "cuda_is_available"),
    "torch.cuda.device_count": helper("", "cuda_device_count"),
    "torch.cuda.synchronize": helper("device=None", "cuda_synchronize"),
    "torch.cuda.empty_cache": helper("", "cuda_empty_cache"),
    "torch.cuda.is_bf16_supported": helper("including_emulation=True", "cuda_is_bf16_supported"),
    "torch.accelerator.is_available": helper("", "accelerator_is_available"),
    "torch.accelerator.current_accelerator": helper("check_available=False", "accelerator_current_accelerator"),
    "torch.accelerator.device_count": helper("", "accelerator_device_count"),
    # settings namespaces: `cudnn.benchmark = True` is kept (read back as set) and changes nothing
    "torch.backends.cudnn": helper("", "cudnn"),
    "torch.backends.cuda": helper("", "cuda_backend"),
    "torch.backends.mps.is_available": helper("", "mps_is_available"),
    "torch.backends.mps.is_built": helper("", "mps_is_available"),
}
