# api: torch.compiled_with_cxx11_abi
import torch
abi = torch.compiled_with_cxx11_abi()
vulkan = torch.is_vulkan_available()
