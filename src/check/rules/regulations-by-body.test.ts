import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './regulations-by-body.js';

ruleTester(rule, examples);
