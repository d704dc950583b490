import { handleTrpcRequest } from "@/server/http";

export { handleTrpcRequest as GET, handleTrpcRequest as POST };
