"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecipeBox = void 0;
const axios_1 = __importDefault(require("axios"));
/** Talks to a self-hosted RecipeBox server; the token goes only into the Authorization header. */
class RecipeBox {
    constructor(options) {
        this.options = options;
    }
    call(path_1) {
        return __awaiter(this, arguments, void 0, function* (path, init = {}) {
            var _a;
            const response = yield (0, axios_1.default)({
                url: `${this.options.baseUrl}/api${path}`,
                method: (_a = init.method) !== null && _a !== void 0 ? _a : "GET",
                data: init.body,
                headers: { Authorization: `Bearer ${this.options.token}` },
            });
            return response.data;
        });
    }
    search(text) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.call(`/recipes?q=${encodeURIComponent(text)}`);
        });
    }
    photo(id) {
        return __awaiter(this, void 0, void 0, function* () {
            const response = yield axios_1.default.get(`${this.options.baseUrl}/api/recipes/${id}/photo`, {
                headers: { Authorization: `Bearer ${this.options.token}` },
                responseType: "arraybuffer",
            });
            return response;
        });
    }
}
exports.RecipeBox = RecipeBox;
